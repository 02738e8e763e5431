import Testing
import Thai

@Suite("Collation")
struct CollationTests {
    /// thai.md: leading vowels are skipped for the primary order.
    static let dictionaryOrder = ["ก", "กา", "เก", "แก", "โก", "ข"]

    static let shuffles: [[String]] = [
        ["ข", "โก", "แก", "เก", "กา", "ก"],
        ["เก", "ข", "ก", "แก", "กา", "โก"],
        ["โก", "ก", "ข", "กา", "แก", "เก"],
        ["แก", "เก", "โก", "ข", "ก", "กา"],
        dictionaryOrder,
    ]

    @Test(arguments: shuffles)
    func leadingVowelsSortByTheirConsonant(_ shuffled: [String]) {
        #expect(ThaiCollation.sorted(shuffled) == Self.dictionaryOrder)
    }

    @Test func codePointOrderWouldBeWrong() {
        // The reason this module exists: เ แ โ (U+0E40…) sort after every consonant by code point.
        #expect(Self.dictionaryOrder.sorted() != Self.dictionaryOrder)
        #expect(ThaiCollation.areInIncreasingOrder("เก", "ข"))
        #expect(!ThaiCollation.areInIncreasingOrder("ข", "เก"))
        #expect(ThaiCollation.areInIncreasingOrder("กา", "เก"))
    }

    @Test func theDocumentedExample() {
        #expect(ThaiCollation.sorted(["ข", "เก", "ก"]) == ["ก", "เก", "ข"])
    }

    /// The 30 tags of shared/bench/gen_corpus.py, in ICU's order. Checked
    /// by hand: เครือข่าย sorts under ค (after ครบรอบ, before โคนม),
    /// เงินกู้ under ง, เทคโนโลยี under ท (after ตลาดนัด), แปรรูป under ป
    /// after ประมง (ร before the vowel แ), แผน under ผ after ผลไม้.
    static let tagsInOrder = [
        "กลุ่มเกษตรกร", "กองทุนพัฒนาสหกรณ์", "การตลาด", "การประชุม", "การฝึกอบรม", "ข้าว",
        "ครบรอบ 40 ปี", "เครือข่ายสหกรณ์", "โคนม", "เงินกู้ดอกเบี้ยต่ำ", "ตลาดนัดสหกรณ์",
        "เทคโนโลยีการสหกรณ์", "ธรรมาภิบาล", "บัญชีสหกรณ์", "บูรณาการ", "ประมง", "แปรรูปผลผลิต",
        "ผลไม้", "แผนปฏิบัติงาน", "ภัยแล้ง", "มันสำปะหลัง", "ยางพารา", "ยุวชนสหกรณ์",
        "วันสหกรณ์แห่งชาติ", "สตรีสหกรณ์", "สหกรณ์การเกษตร", "สหกรณ์ดีเด่น", "สหกรณ์ออมทรัพย์",
        "หนี้สินเกษตรกร", "อุทกภัย",
    ]

    /// The tags as gen_corpus.py lists them (by weight).
    static let tagsAsListed = [
        "สหกรณ์การเกษตร", "กองทุนพัฒนาสหกรณ์", "เครือข่ายสหกรณ์", "การประชุม",
        "บูรณาการ", "แผนปฏิบัติงาน", "เงินกู้ดอกเบี้ยต่ำ", "การตลาด",
        "แปรรูปผลผลิต", "การฝึกอบรม", "ข้าว", "ยางพารา", "มันสำปะหลัง",
        "ผลไม้", "โคนม", "ประมง", "กลุ่มเกษตรกร", "สหกรณ์ออมทรัพย์",
        "บัญชีสหกรณ์", "ธรรมาภิบาล", "เทคโนโลยีการสหกรณ์", "ภัยแล้ง",
        "อุทกภัย", "หนี้สินเกษตรกร", "ยุวชนสหกรณ์", "สตรีสหกรณ์",
        "ตลาดนัดสหกรณ์", "สหกรณ์ดีเด่น", "วันสหกรณ์แห่งชาติ", "ครบรอบ 40 ปี",
    ]

    @Test func sortsTheCorpusTags() {
        #expect(Self.tagsAsListed.count == 30)
        #expect(Set(Self.tagsAsListed) == Set(Self.tagsInOrder))
        #expect(ThaiCollation.sorted(Self.tagsAsListed) == Self.tagsInOrder)
        #expect(ThaiCollation.sorted(Self.tagsInOrder.reversed()) == Self.tagsInOrder)
    }

    @Test func sortsBureauNames() {
        let names = [
            "สำนักงานเลขานุการกรม", "กองการเจ้าหน้าที่", "สำนักพัฒนาและถ่ายทอดเทคโนโลยีการสหกรณ์", "กองคลัง",
            "กองแผนงาน", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "สำนักนายทะเบียนและกฎหมาย",
            "กลุ่มตรวจสอบภายใน", "สำนักส่งเสริมสหกรณ์กรุงเทพมหานคร",
            "กองประสานงานโครงการอันเนื่องมาจากพระราชดำริ", "สถาบันวิชาการด้านสหกรณ์", "สำนักบริหารการกองทุน",
        ]
        #expect(ThaiCollation.sorted(names) == [
            "กลุ่มตรวจสอบภายใน", "กองการเจ้าหน้าที่", "กองคลัง", "กองประสานงานโครงการอันเนื่องมาจากพระราชดำริ",
            "กองแผนงาน", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "สถาบันวิชาการด้านสหกรณ์",
            "สำนักงานเลขานุการกรม", "สำนักนายทะเบียนและกฎหมาย", "สำนักบริหารการกองทุน",
            "สำนักพัฒนาและถ่ายทอดเทคโนโลยีการสหกรณ์", "สำนักส่งเสริมสหกรณ์กรุงเทพมหานคร",
        ])
    }

    @Test func sortsPlaceNamesWithEveryLeadingVowel() {
        let places = ["เชียงใหม่", "แม่ริม", "ลำปาง", "น่าน", "โคนม", "ใหม่", "ไทย", "กำแพงแสน", "ขอนแก่น", "ฉะเชิงเทรา"]
        #expect(ThaiCollation.sorted(places)
            == ["กำแพงแสน", "ขอนแก่น", "โคนม", "ฉะเชิงเทรา", "เชียงใหม่", "ไทย", "น่าน", "แม่ริม", "ลำปาง", "ใหม่"])
    }

    /// ICU's Thai collation puts digits first, then Thai, then Latin
    /// (CLDR's Thai tailoring reorders the Thai script before Latin); case
    /// and accents only break ties.
    @Test func mixedLatinThaiAndDigits() {
        let mixed = ["zebra", "Apple", "apple", "ข้าว", "10", "9", "๙", "ก", "Éclair", "eclair", "ไก่", "ไข่", "กา",
                     "", " ", "A1", "ก่", "ก้"]
        #expect(ThaiCollation.sorted(mixed) == [
            "", " ", "10", "9", "๙", "ก", "ก่", "ก้", "กา", "ไก่", "ข้าว", "ไข่",
            "A1", "apple", "Apple", "eclair", "Éclair", "zebra",
        ])
    }

    @Test func tonesAreASecondaryDifference() {
        // ไก่ before ข้าว: the consonant decides before the tone does.
        #expect(ThaiCollation.areInIncreasingOrder("ไก่", "ข้าว"))
        #expect(ThaiCollation.areInIncreasingOrder("ก่", "ก้"))
        #expect(ThaiCollation.areInIncreasingOrder("ก้", "กา"))
    }

    @Test func equalTextHasEqualKeys() {
        #expect(ThaiCollation.sortKey("สหกรณ์") == ThaiCollation.sortKey("สหกรณ์"))
        #expect(ThaiCollation.sortKey("สหกรณ์") == ThaiCollation.sortKey("xสหกรณ์".dropFirst()))
        #expect(!ThaiCollation.areInIncreasingOrder("สหกรณ์", "สหกรณ์"))
        #expect(ThaiCollation.sortKey("ก") != ThaiCollation.sortKey("ข"))
    }

    struct Page: Equatable {
        let tag: String
        let slug: String
    }

    @Test func sortingByKeyIsStableForEqualKeys() {
        let pages = [
            Page(tag: "ข้าว", slug: "a"), Page(tag: "การประชุม", slug: "b"), Page(tag: "ข้าว", slug: "c"),
            Page(tag: "โคนม", slug: "d"), Page(tag: "การประชุม", slug: "e"), Page(tag: "ข้าว", slug: "f"),
            Page(tag: "เก", slug: "g"),
        ]
        #expect(ThaiCollation.sorted(pages, by: \.tag).map(\.slug) == ["b", "e", "g", "a", "c", "f", "d"])
        #expect(ThaiCollation.sorted(pages.reversed(), by: \.tag).map(\.slug) == ["e", "b", "g", "f", "c", "a", "d"])
    }

    @Test func stabilityHoldsForManyEqualKeys() {
        let items = (0..<200).map { (tag: ["ข", "ก", "เก"][$0 % 3], index: $0) }
        let sorted = ThaiCollation.sorted(items, by: { $0.tag })
        #expect(sorted.map(\.tag) == Array(repeating: "ก", count: 67) + Array(repeating: "เก", count: 66)
            + Array(repeating: "ข", count: 67))
        for tag in ["ก", "เก", "ข"] {
            let indices = sorted.filter { $0.tag == tag }.map(\.index)
            #expect(indices == indices.sorted(), "\(tag)")
        }
    }

    @Test func sortKeysOrderAsTheSortDoes() {
        let keys = Self.tagsInOrder.map { ThaiCollation.sortKey($0) }
        #expect(keys == keys.sorted())
        #expect(Set(keys).count == keys.count)
    }

    @Test func emptyInput() {
        #expect(ThaiCollation.sorted([String]()) == [])
    }
}
