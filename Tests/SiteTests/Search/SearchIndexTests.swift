@testable import Site
import Testing
import Thai

/// The index, queried as the search script queries it (``SearchMirror``).
@Suite("The search index")
struct SearchIndexTests {
    /// 0: the department's release; 1: a release on water; 2: one on a committee;
    /// 3: one whose title names the committee; 4: one on a network.
    static let documents: [SearchDocument] = [
        .test(title: "ระดมสมอง 4 หน่วยงาน", body: "กรมส่งเสริมสหกรณ์ประชุมข้าราชการเพื่อให้เกิดการบูรณาการการทำงานร่วมกัน ในวันที่ 1 ตุลาคม 2555",
              tags: ["แผนปฏิบัติงาน"], bureaus: ["สำนักบริหารเงินทุน"]),
        .test(title: "โครงการแหล่งน้ำ", body: "สหกรณ์ผู้ใช้น้ำได้รับงบประมาณปี ๒๕๕๖ จำนวนหนึ่ง"),
        .test(title: "ประชุมประจำเดือน", body: "คณะกรรมการดำเนินการสหกรณ์ประชุมเพื่อพิจารณาปีงบประมาณ"),
        .test(title: "กรรมการสหกรณ์ชุดใหม่", body: "สหกรณ์เลือกตั้งกรรมการ"),
        .test(title: "เครือข่ายสหกรณ์", body: "สหกรณ์สร้างเครือข่ายการตลาด ขายสินค้าเกษตร"),
    ]
    let mirror = SearchMirror(Self.documents)

    @Test func aThaiWordOfABodyFindsItsRelease() {
        #expect(mirror.search("ทำงาน") == [0])
        #expect(mirror.search("ข้าราชการ") == [0])
    }

    @Test func everyWordMustMatch() {
        #expect(mirror.search("สหกรณ์ ตลาด") == [4])
        #expect(mirror.search("ทำงาน ตลาด") == [])
    }

    @Test func aDecomposedSaraAmOrAToneTypedBeforeItsVowelFindsTheNormalisedText() {
        // นํ้า: NIKHAHIT, MAI THO, SARA AA, as old keyboards type it.
        #expect(mirror.search("น\u{0E4D}\u{0E49}\u{0E32}") == mirror.search("น้ำ"))
        #expect(mirror.search("น้ำ").contains(1))
        // ท่ี: the tone typed before SARA II.
        #expect(mirror.search("ท\u{0E48}\u{0E35}") == [0])
    }

    @Test func thaiDigitsFindArabicOnesAndBack() {
        #expect(mirror.search("๒๕๕๕") == [0])
        #expect(mirror.search("2556") == [1])
    }

    @Test func aTagOrABureauFindsItsReleases() {
        #expect(mirror.search("แผนปฏิบัติงาน") == [0])
        #expect(mirror.search("สำนักบริหารเงินทุน") == [0])
    }

    @Test func aTitleMatchRanksFirst() {
        // 3 has กรรมการ in its title; 2 only inside a longer word of its body.
        #expect(mirror.search("กรรมการ") == [3, 2])
        // Every document but 0 has สหกรณ์; 4 in its title.
        #expect(mirror.search("สหกรณ์").first == 4)
    }

    @Test func aWordInsideALongerWordIsFound() {
        #expect(mirror.search("งบประมาณ") == [1, 2])
        #expect(mirror.search("คณะ") == [2])
    }

    @Test func aDifferentWordSharingLettersIsNot() {
        // ขาย is not ข่าย: marks are never dropped.
        #expect(mirror.search("ขาย") == [4])
        #expect(mirror.search("ข่าย").allSatisfy { $0 == 4 })
        // Nothing widens กรรมการ to กรรม, or finds ตา in ตาม.
        #expect(mirror.search("ตา") == [])
        #expect(mirror.search("กรรมการบริหาร") == [])
    }

    @Test func aWordAnotherSegmenterKeepsWholeIsFoundWhereItsPiecesStandGlued() {
        // As a browser might cut it: one word where this ICU finds two.
        #expect(mirror.search(runs: [["ส่งเสริมสหกรณ์"]]) == [0])
        // Inside a longer word too: ปีงบประมาณ holds งบ, ประมาณ glued.
        #expect(mirror.search(runs: [["งบประมาณ"]]) == [1, 2])
        // The same pieces apart, or in another order, are not the word.
        #expect(mirror.search(runs: [["สหกรณ์ส่งเสริม"]]) == [])
        #expect(mirror.search(runs: [["ข้าราชการวันที่"]]) == [])
    }

    @Test func tokensWithoutALetterOrDigitAreNotIndexed() {
        let keys = Set(mirror.index.terms.map(\.key))
        #expect(!keys.contains { !SearchText.isSearchable($0) })
        #expect(!SearchText.isSearchable("\u{0E48}\u{0E49}"))
        #expect(!SearchText.isSearchable("—"))
    }

    @Test func theFilesAreTheSameBytesWhateverTheJobs() {
        let one = SearchFiles.make(SearchIndex.build(Self.documents, jobs: 1), Self.documents)
        let four = SearchFiles.make(SearchIndex.build(Self.documents, jobs: 4), Self.documents)
        #expect(one.files.map(\.path) == four.files.map(\.path))
        #expect(one.files.map(\.bytes) == four.files.map(\.bytes))
        #expect(one.manifest == four.manifest)
    }
}
