import Testing
import Thai

@Suite("Words: truncation")
struct TruncationTests {
    /// Tone marks, SARA AM (which Unicode keeps in the cluster of the letter
    /// before it: น้ำ is one grapheme), upper and lower vowels.
    static let flood = "น้ำท่วมข้าวนาปีเสียหายหนักที่สุดในรอบสิบปี"

    static let sentences = [
        flood,
        "กรมส่งเสริมสหกรณ์ ประชุม ข้าราชการ",
        "รัฐบาลเร่งช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากภัยแล้ง",
        "ผู้ว่าราชการจังหวัดลงพื้นที่ตรวจเยี่ยมโครงการพัฒนาแหล่งน้ำ",
        "กำหนดการประชุม CPD ครั้งที่ ๓/๒๕๕๖ วันพฤหัสบดีที่ ๑๒ กันยายน 😀 ค่ะ",
        "เกี๊ยวน้ำกุ้งจำนวนสิบห้าชาม",
    ]

    @Test func graphemesAreWhatAReaderSees() {
        #expect("น้ำ".count == 1)
        #expect(Self.flood.count == 30)
    }

    @Test(arguments: sentences)
    func textWithinTheLimitIsUnchanged(_ text: String) {
        #expect(ThaiWords.truncate(text, graphemes: text.count) == text)
        #expect(ThaiWords.truncate(text, graphemes: text.count + 1) == text)
        #expect(ThaiWords.truncate(text, graphemes: 10_000) == text)
    }

    /// Every limit from 1 to one less than the length: ellipsis at the end,
    /// before it a non-empty prefix of the text that ends between two
    /// graphemes and is no longer than the limit.
    @Test(arguments: sentences)
    func neverCutsInsideAGraphemeCluster(_ text: String) throws {
        for limit in 1..<text.count {
            let result = ThaiWords.truncate(text, graphemes: limit)
            #expect(result.hasSuffix("…"), "limit \(limit)")
            let kept = String(String.UnicodeScalarView(result.unicodeScalars.dropLast()))
            #expect(!kept.isEmpty, "limit \(limit)")
            #expect(text.unicodeScalars.starts(with: kept.unicodeScalars), "limit \(limit): \(kept)")
            let end = try #require(text.unicodeScalars.index(text.startIndex, offsetBy: kept.unicodeScalars.count,
                                                             limitedBy: text.endIndex))
            #expect(end.samePosition(in: text) != nil, "limit \(limit): \(kept) ends inside a grapheme")
            #expect(kept.count <= limit, "limit \(limit): \(kept)")
            #expect(kept.count == text[..<end].count)
        }
    }

    /// The cut is the end of the last word that fits; checked against the
    /// word list, so any word boundary ICU finds is a place to cut.
    @Test(arguments: sentences)
    func cutsAtTheLastWordBoundaryBeforeTheLimit(_ text: String) {
        let wordEnds = ThaiWords.segments(in: text).filter(\.isWord).map(\.range.upperBound)
        for limit in 1..<text.count {
            let limitIndex = text.index(text.startIndex, offsetBy: limit)
            let result = ThaiWords.truncate(text, graphemes: limit)
            if let end = wordEnds.last(where: { $0 <= limitIndex }) {
                #expect(result == text[..<end] + "…", "limit \(limit)")
            } else {
                #expect(result == text[..<limitIndex] + "…", "limit \(limit)")
            }
        }
    }

    /// Frozen for the flood sentence: น้ำ|ท่วม|ข้าว|นาปี|เสีย|หาย|หนัก|ที่สุด|ใน|รอบ|สิบ|ปี,
    /// word ends at graphemes 1, 4, 7, 10, 13, 16, 19, 22, 24, 27, 29, 30.
    @Test(arguments: [
        (1, "น้ำ…"), (3, "น้ำ…"), (4, "น้ำท่วม…"), (6, "น้ำท่วม…"), (7, "น้ำท่วมข้าว…"), (9, "น้ำท่วมข้าว…"),
        (10, "น้ำท่วมข้าวนาปี…"), (12, "น้ำท่วมข้าวนาปี…"), (13, "น้ำท่วมข้าวนาปีเสีย…"),
        (16, "น้ำท่วมข้าวนาปีเสียหาย…"), (18, "น้ำท่วมข้าวนาปีเสียหาย…"), (19, "น้ำท่วมข้าวนาปีเสียหายหนัก…"),
        (22, "น้ำท่วมข้าวนาปีเสียหายหนักที่สุด…"), (23, "น้ำท่วมข้าวนาปีเสียหายหนักที่สุด…"),
        (24, "น้ำท่วมข้าวนาปีเสียหายหนักที่สุดใน…"), (27, "น้ำท่วมข้าวนาปีเสียหายหนักที่สุดในรอบ…"),
        (29, "น้ำท่วมข้าวนาปีเสียหายหนักที่สุดในรอบสิบ…"), (30, flood),
    ])
    func cutsTheFloodSentence(limit: Int, expected: String) {
        #expect(ThaiWords.truncate(Self.flood, graphemes: limit) == expected)
    }

    @Test func theDocumentedExample() {
        #expect(ThaiWords.truncate("กรมส่งเสริมสหกรณ์ประชุม", graphemes: 12) == "กรมส่งเสริม…")
    }

    @Test func aCutBetweenSpacedWordsKeepsNoSpace() {
        let text = "กรมส่งเสริมสหกรณ์ ประชุม ข้าราชการ"
        // สหกรณ์ ends at grapheme 14, the space is 15, ประชุม ends at 20.
        #expect(ThaiWords.truncate(text, graphemes: 15) == "กรมส่งเสริมสหกรณ์…")
        #expect(ThaiWords.truncate(text, graphemes: 19) == "กรมส่งเสริมสหกรณ์…")
        #expect(ThaiWords.truncate(text, graphemes: 21) == "กรมส่งเสริมสหกรณ์ ประชุม…")
    }

    @Test(arguments: [
        ("ปีงบประมาณ", 3, "ปีงบ…"),           // ปี is one grapheme: ปี|ง|บ
        ("ปีงบประมาณ", 1, "ปี…"),
        ("น้ำ", 1, "น้ำ"),                     // one grapheme: within the limit
        ("Internationalization is hard", 5, "Inter…"),
        ("อุตุนิยมวิทยา", 4, "อุตุนิย…"),       // อุ|ตุ|นิ|ย: marks stay on their letter
    ])
    func aFirstWordLongerThanTheLimitIsCutAtAGrapheme(text: String, limit: Int, expected: String) {
        #expect(ThaiWords.truncate(text, graphemes: limit) == expected)
    }

    /// Trailing spaces before the ellipsis are dropped. A cut at a word end
    /// never has any, so only the grapheme fallback, in text that starts with
    /// something other than a word, can leave one.
    @Test func trailingSpacesAreTrimmedBeforeTheEllipsis() {
        #expect(ThaiWords.truncate("— — — ประชุมใหญ่สามัญประจำปี", graphemes: 4) == "— —…")
        #expect(ThaiWords.truncate("😀 😀 😀 ข่าวประชาสัมพันธ์", graphemes: 2) == "😀…")
        #expect(ThaiWords.truncate("— \t  ประชุมใหญ่", graphemes: 5) == "—…")
    }

    /// Leading spaces do not count against the limit, so they cannot leave
    /// the ellipsis alone.
    @Test func leadingSpacesWithinTheLimitStillGiveSomeText() {
        #expect(ThaiWords.truncate("   ประชุมใหญ่", graphemes: 2) == "ปร…")
        #expect(ThaiWords.truncate("  ประชุม ใหญ่", graphemes: 8) == "ประชุม…")
    }

    @Test func aCustomEllipsis() {
        #expect(ThaiWords.truncate(Self.flood, graphemes: 10, ellipsis: " ...") == "น้ำท่วมข้าวนาปี ...")
        #expect(ThaiWords.truncate(Self.flood, graphemes: 10, ellipsis: "") == "น้ำท่วมข้าวนาปี")
        #expect(ThaiWords.truncate(Self.flood, graphemes: 10, ellipsis: " [อ่านต่อ]") == "น้ำท่วมข้าวนาปี [อ่านต่อ]")
        // Within the limit: no ellipsis of any kind.
        #expect(ThaiWords.truncate("ข่าว", graphemes: 4, ellipsis: " ...") == "ข่าว")
    }

    @Test func aLimitOfZeroOrLessGivesNothing() {
        #expect(ThaiWords.truncate(Self.flood, graphemes: 0) == "")
        #expect(ThaiWords.truncate(Self.flood, graphemes: -3) == "")
        #expect(ThaiWords.truncate("", graphemes: 0) == "")
    }

    @Test func emptyTextStaysEmpty() {
        #expect(ThaiWords.truncate("", graphemes: 5) == "")
    }
}
