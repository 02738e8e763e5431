import Foundation
import SearchClient
@testable import Site
import Testing
import Thai

/// The index, queried through its files as the search script queries them
/// (``SearchClient``).
@Suite("The search index")
struct SearchIndexTests {
    /// 0: the department's release; 1: a release on water; 2: one on a committee;
    /// 3: one whose title names the committee; 4: one on a network; 5: one
    /// whose title has งบประมาณ only inside ปีงบประมาณ.
    static let documents: [SearchDocument] = [
        .test(title: "ระดมสมอง 4 หน่วยงาน", body: "กรมส่งเสริมสหกรณ์ประชุมข้าราชการเพื่อให้เกิดการบูรณาการการทำงานร่วมกัน ในวันที่ 1 ตุลาคม 2555",
              tags: ["แผนปฏิบัติงาน"], bureaus: ["สำนักบริหารเงินทุน"]),
        .test(title: "โครงการแหล่งน้ำ", body: "สหกรณ์ผู้ใช้น้ำได้รับงบประมาณปี ๒๕๕๖ จำนวนหนึ่ง"),
        .test(title: "ประชุมประจำเดือน", body: "คณะกรรมการดำเนินการสหกรณ์ประชุมเพื่อพิจารณาปีงบประมาณ"),
        .test(title: "กรรมการสหกรณ์ชุดใหม่", body: "สหกรณ์เลือกตั้งกรรมการ"),
        .test(title: "เครือข่ายสหกรณ์", body: "สหกรณ์สร้างเครือข่ายการตลาด ขายสินค้าเกษตร"),
        .test(title: "แผนปีงบประมาณใหม่", body: "กรมจัดทำแผน"),
    ]
    let client = SearchClient.over(Self.documents)!

    /// The ranked documents for `query`, whole-word matches first.
    private func search(_ query: String) -> [Int] {
        client.search(query).ranked
    }

    @Test func aThaiWordOfABodyFindsItsRelease() {
        #expect(search("ทำงาน") == [0])
        #expect(search("ข้าราชการ") == [0])
    }

    @Test func everyWordMustMatch() {
        #expect(search("สหกรณ์ ตลาด") == [4])
        #expect(search("ทำงาน ตลาด") == [])
    }

    @Test func aDecomposedSaraAmOrAToneTypedBeforeItsVowelFindsTheNormalisedText() {
        // นํ้า: NIKHAHIT, MAI THO, SARA AA, as old keyboards type it.
        #expect(search("น\u{0E4D}\u{0E49}\u{0E32}") == search("น้ำ"))
        #expect(search("น้ำ").contains(1))
        // ท่ี: the tone typed before SARA II.
        #expect(search("ท\u{0E48}\u{0E35}") == [0])
    }

    @Test func thaiDigitsFindArabicOnesAndBack() {
        #expect(search("๒๕๕๕") == [0])
        #expect(search("2556") == [1])
    }

    @Test func aTagOrABureauFindsItsReleases() {
        #expect(search("แผนปฏิบัติงาน") == [0])
        #expect(search("สำนักบริหารเงินทุน") == [0])
    }

    @Test func aTitleMatchRanksFirst() {
        // 3 has กรรมการ in its title, 2 in its body.
        #expect(search("กรรมการ") == [3, 2])
        // Every document but 0 has สหกรณ์; 4 in its title.
        #expect(search("สหกรณ์").first == 4)
    }

    @Test func aWordInsideALongerWordIsFoundAndListedApart() {
        // ICU cuts 1's งบประมาณ as งบ|ประมาณ, and keeps ปีงบประมาณ whole in 2
        // and 5: 1 has both words as words, 2 and 5 only inside a longer one.
        // 5 has them in its title, which ranks it first among those, yet
        // after 1's body.
        #expect(client.search("ประมาณ") == SearchClient.Results(ranked: [1, 5, 2], whole: 1))
        #expect(client.search("งบประมาณ") == SearchClient.Results(ranked: [1, 5, 2], whole: 1))
        #expect(client.search("ปีงบประมาณ") == SearchClient.Results(ranked: [5, 2], whole: 2))
    }

    @Test func aQueryIsAWholeMatchOnlyWhenEveryWordIs() {
        // 2 has ประชุม as a word and ปี only inside ปีงบประมาณ; 1 has both
        // สหกรณ์ and ปี as words, 2 ปี only inside.
        #expect(client.search("ประชุม ปี") == SearchClient.Results(ranked: [2], whole: 0))
        #expect(client.search("สหกรณ์ ปี") == SearchClient.Results(ranked: [1, 2], whole: 1))
    }

    @Test func aDifferentWordSharingLettersIsNot() {
        // ขาย is not ข่าย: marks are never dropped.
        #expect(search("ขาย") == [4])
        #expect(search("ข่าย").allSatisfy { $0 == 4 })
        // Nothing widens กรรมการ to กรรม, or finds ตา in ตาม.
        #expect(search("ตา") == [])
        #expect(search("กรรมการบริหาร") == [])
    }

    @Test func aWordAnotherSegmenterKeepsWholeIsFoundWhereItsPiecesStandGlued() {
        // As a browser might cut it: one word where this ICU finds two.
        #expect(client.search(runs: [["ส่งเสริมสหกรณ์"]]).ranked == [0])
        // Inside a longer word too: ปีงบประมาณ holds งบ, ประมาณ glued.
        #expect(client.search(runs: [["งบประมาณ"]]).ranked == [1, 5, 2])
        // The same pieces apart, or in another order, are not the word.
        #expect(client.search(runs: [["สหกรณ์ส่งเสริม"]]).ranked == [])
        #expect(client.search(runs: [["ข้าราชการวันที่"]]).ranked == [])
    }

    @Test func tokensWithoutALetterOrDigitAreNotIndexed() {
        let keys = client.allTerms()
        #expect(keys.contains("สหกรณ์"))
        func isSearchable(_ key: String) -> Bool {
            var key = key
            return key.withUTF8(SearchText.isSearchable)
        }
        #expect(!keys.contains { !isSearchable($0) })
        #expect(!isSearchable("\u{0E48}\u{0E49}"))
        #expect(!isSearchable("—"))
        #expect(isSearchable("๒๕๕๖") && isSearchable("x") && isSearchable("😀ข"))
    }

    @Test func theFilesAreTheSameBytesWhateverTheJobs() {
        let one = SearchFiles(SearchIndex.build(Self.documents, jobs: 1), Self.documents, jobs: 1)
        let four = SearchFiles(SearchIndex.build(Self.documents, jobs: 4), Self.documents, jobs: 4)
        #expect((0..<one.count).map(one.file).map(\.path) == (0..<four.count).map(four.file).map(\.path))
        #expect((0..<one.count).map(one.file).map(\.bytes) == (0..<four.count).map(four.file).map(\.bytes))
        #expect(one.manifest == four.manifest)
    }

    @Test func aChangedTextChangesTheNamesOfTheFilesItIsIn() {
        var changed = Self.documents
        changed[1] = .test(title: "โครงการแหล่งน้ำ", body: "สหกรณ์ผู้ใช้น้ำได้รับงบประมาณปี ๒๕๕๗ จำนวนหนึ่ง")
        let before = SearchFiles(SearchIndex.build(Self.documents, jobs: 2), Self.documents, jobs: 2)
        let after = SearchFiles(SearchIndex.build(changed, jobs: 2), changed, jobs: 2)
        #expect(before.manifest != after.manifest)
        let names = { (files: SearchFiles) in Set((0..<files.count).map { files.file($0).path }.filter { $0.hasPrefix("search/t.") }) }
        #expect(names(before).isDisjoint(with: names(after)))
    }

    @Test func theIndexHoldsEachOccurrenceOnceInOrder() throws {
        let index = SearchIndex.build(Self.documents, jobs: 2)
        let term = try #require(index.keys.firstIndex(of: "สหกรณ์"))
        let postings = Array(index.postings(of: term))
        #expect(postings.map(\.document) == [0, 1, 2, 3, 4])
        for posting in postings {
            #expect(posting.offsets.elementsEqual(posting.offsets.sorted()) && Set(posting.offsets).count == posting.offsets.count)
            #expect(posting.score > 0)
        }
        // ประมาณ: a word of 1, and inside ปีงบประมาณ in 2 and in 5's title.
        let inside = Array(index.postings(of: try #require(index.keys.firstIndex(of: "ประมาณ"))))
        #expect(inside.map(\.document) == [1, 2, 5])
        #expect(inside.map { $0.score > 0 } == [true, false, false])
    }

    /// Past the first batch of documents, words already numbered are found
    /// by their bytes and new ones numbered then: the postings must be what
    /// one batch would give, whichever batch a document falls in. `รายงาน`
    /// is first met in the middle of the second batch, by many documents
    /// at once, and must be numbered once.
    @Test func documentsOfLaterBatchesAreIndexedAsTheFirst() throws {
        let documents = (0..<700).map { number in
            SearchDocument.test(title: "ข่าว", body: (number % 3 == 0 ? "สหกรณ์ประชุม " : "กรมส่งเสริม ") + "doc\(number)"
                                    + (number >= 400 ? " รายงาน" : ""))
        }
        let index = SearchIndex.build(documents, jobs: 2)
        let cooperative = index.postings(of: try #require(index.keys.firstIndex(of: "สหกรณ์")))
        #expect(cooperative.map(\.document) == (0..<700).filter { $0 % 3 == 0 }.map(Int32.init))
        // The title ข่าว (4 units), a gap, the empty summary, a gap: the body starts at 6.
        #expect(cooperative.allSatisfy { $0.offsets == [6] && $0.score == cooperative[0].score })
        #expect(index.postings(of: try #require(index.keys.firstIndex(of: "กรม"))).count == 700 - 234)
        #expect(index.postings(of: try #require(index.keys.firstIndex(of: "รายงาน"))).map(\.document) == (400..<700).map(Int32.init))
        for number in [0, 255, 256, 511, 699] {
            #expect(index.postings(of: try #require(index.keys.firstIndex(of: "doc\(number)"))).map(\.document) == [Int32(number)])
        }
        #expect(index.keys == index.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } && Set(index.keys).count == index.keys.count)
    }
}
