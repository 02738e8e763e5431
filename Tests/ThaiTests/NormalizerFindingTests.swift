import Testing
import Thai

@Suite("Normaliser: findings")
struct NormalizerFindingTests {
    // MARK: Repairs and where they are

    @Test func oneRepairInAMultiLineMarkdownText() {
        let input = "# ข่าวประชาสัมพันธ์\n\n- ข่าว น\u{0E4D}\u{0E49}\u{0E32}ท่วมนาข้าว\n- ปี ๒๕๕๖\n"
        let result = ThaiNormalizer.normalize(input)
        #expect(result.text == "# ข่าวประชาสัมพันธ์\n\n- ข่าว น้ำท่วมนาข้าว\n- ปี ๒๕๕๖\n")
        // Column 9 is the NIKHAHIT: "- ข่าว " is 7 scalars, น is 8.
        #expect(result.findings == [
            NormalizationFinding(rule: .saraAm, line: 3, column: 9,
                                 before: "น\u{0E4D}\u{0E49}\u{0E32}", after: "น\u{0E49}\u{0E33}"),
        ])
        #expect(result.findings.first?.change == "น\u{0E4D}\u{0E49}\u{0E32} → น้ำ")
        #expect(result.changed)
    }

    /// The "several repairs in one line" row of normalise.tsv.
    @Test func severalRepairsInOneLine() {
        let input = "น\u{0E4D}\u{0E49}\u{0E32}ใจ และ จ\u{0E4D}\u{0E32}นวน"
        let result = ThaiNormalizer.normalize(input)
        #expect(result.text == "น้ำใจ และ จำนวน")
        #expect(result.findings == [
            NormalizationFinding(rule: .saraAm, line: 1, column: 2,
                                 before: "น\u{0E4D}\u{0E49}\u{0E32}", after: "น้ำ"),
            NormalizationFinding(rule: .saraAm, line: 1, column: 13, before: "จ\u{0E4D}\u{0E32}", after: "จำ"),
        ])
        #expect(result.findings.map(\.change) == ["น\u{0E4D}\u{0E49}\u{0E32} → น้ำ", "จ\u{0E4D}\u{0E32} → จำ"])
    }

    /// Columns count Unicode scalars of the input, so a repair earlier in the
    /// line that removes a scalar does not shift the columns after it.
    @Test func columnsAreThoseOfTheInput() {
        let input = "ก\u{200B}ข\u{200B}ค ท\u{0E48}\u{0E35}"
        let result = ThaiNormalizer.normalize(input)
        #expect(result.text == "กขค ที่")
        #expect(result.findings == [
            NormalizationFinding(rule: .invisibleCharacter, line: 1, column: 2, before: "ก\u{200B}", after: "ก"),
            NormalizationFinding(rule: .invisibleCharacter, line: 1, column: 4, before: "ข\u{200B}", after: "ข"),
            NormalizationFinding(rule: .markOrder, line: 1, column: 8,
                                 before: "ท\u{0E48}\u{0E35}", after: "ท\u{0E35}\u{0E48}"),
        ])
    }

    /// One finding per kind of repair, with its display string.
    @Test(arguments: [
        ("e\u{0301}", NormalizationFinding(rule: .nfc, line: 1, column: 1, before: "e\u{0301}", after: "\u{E9}"),
         "e\u{0301} → \u{E9}"),
        ("ก\u{F70A}", NormalizationFinding(rule: .legacyGlyph, line: 1, column: 2, before: "ก\u{F70A}", after: "ก่"),
         "ก<U+F70A> → ก่"),
        ("ก\u{200B}ข", NormalizationFinding(rule: .invisibleCharacter, line: 1, column: 2, before: "ก\u{200B}", after: "ก"),
         "ก<U+200B> → ก"),
        ("ก\u{200D}ข", NormalizationFinding(rule: .invisibleCharacter, line: 1, column: 2, before: "ก\u{200D}", after: "ก"),
         "ก<U+200D> → ก"),
        ("กรม\u{FEFF}", NormalizationFinding(rule: .invisibleCharacter, line: 1, column: 4, before: "ม\u{FEFF}", after: "ม"),
         "ม<U+FEFF> → ม"),
        ("เเปล", NormalizationFinding(rule: .doubledSaraE, line: 1, column: 1, before: "เเป", after: "แป"),
         "เเป → แป"),
        ("ท\u{0E48}\u{0E35}", NormalizationFinding(rule: .markOrder, line: 1, column: 2,
                                                   before: "ท\u{0E48}\u{0E35}", after: "ที่"),
         "ท\u{0E48}\u{0E35} → ที่"),
        ("น\u{0E33}\u{0E49}", NormalizationFinding(rule: .saraAm, line: 1, column: 2,
                                                   before: "น\u{0E33}\u{0E49}", after: "น้ำ"),
         // The tone after ำ has no letter under it: it is shown on a dotted circle.
         "น\u{0E33}\u{25CC}\u{0E49} → น้ำ"),
        ("ดีี", NormalizationFinding(rule: .doubledMark, line: 1, column: 3, before: "ดีี", after: "ดี"),
         "ดีี → ดี"),
    ])
    func eachRepairIsReported(input: String, expected: NormalizationFinding, change: String) {
        let result = ThaiNormalizer.normalize(input)
        #expect(result.findings == [expected])
        #expect(result.findings.first?.change == change)
        #expect(expected.rule.isRepair)
    }

    /// An invisible character at the start of a line has no letter before
    /// it, so the finding shows the letter after it: the change must not
    /// read `<U+FEFF> → ` with nothing after the arrow.
    @Test func anInvisibleCharacterAtTheStartOfALine() {
        let result = ThaiNormalizer.normalize("\u{FEFF}กรม")
        #expect(result.text == "กรม")
        #expect(result.findings.map(\.rule) == [.invisibleCharacter])
        #expect(result.findings.map(\.line) == [1])
        #expect(result.findings.map(\.column) == [1])
        #expect(result.findings.first?.before == "\u{FEFF}ก")
        #expect(result.findings.first?.after == "ก")
        #expect(result.findings.first?.change == "<U+FEFF>ก → ก")
    }

    // MARK: Line endings

    @Test func crlfIsOneFindingAtTheFirstCR() {
        let result = ThaiNormalizer.normalize("บรรทัด\r\nสอง\r\nสาม\r\n")
        #expect(result.text == "บรรทัด\nสอง\nสาม\n")
        #expect(result.findings == [
            NormalizationFinding(rule: .lineEndings, line: 1, column: 7, before: "\r\n", after: "\n"),
        ])
        #expect(result.findings.first?.change == "<CR><LF> → <LF>")
    }

    @Test func theFirstCRMayBeOnALaterLine() {
        let result = ThaiNormalizer.normalize("หนึ่ง\nสอง\r\nสาม")
        #expect(result.text == "หนึ่ง\nสอง\nสาม")
        #expect(result.findings == [
            NormalizationFinding(rule: .lineEndings, line: 2, column: 4, before: "\r\n", after: "\n"),
        ])
    }

    @Test func aLoneCR() {
        let result = ThaiNormalizer.normalize("ก\rข")
        #expect(result.text == "ก\nข")
        #expect(result.findings == [NormalizationFinding(rule: .lineEndings, line: 1, column: 2, before: "\r", after: "\n")])
        #expect(result.findings.first?.change == "<CR> → <LF>")
    }

    @Test func crlfAndARepairOnALaterLine() {
        let result = ThaiNormalizer.normalize("หัวข้อ\r\nจ\u{0E4D}\u{0E32}นวน\r\n")
        #expect(result.text == "หัวข้อ\nจำนวน\n")
        #expect(result.findings == [
            NormalizationFinding(rule: .lineEndings, line: 1, column: 7, before: "\r\n", after: "\n"),
            NormalizationFinding(rule: .saraAm, line: 2, column: 2, before: "จ\u{0E4D}\u{0E32}", after: "จำ"),
        ])
    }

    /// SourceDecoder already turns CR LF into LF, so text read from a file
    /// reaches the normaliser without a line-endings finding.
    @Test func decodingThenNormalisingReportsLineEndingsOnce() throws {
        let bytes = Array("หัวข้อ\r\nจ\u{0E4D}\u{0E32}นวน\r\nท้าย\r\n".utf8)
        let decoded = try SourceDecoder.decode(bytes)
        #expect(decoded.lineEndings == .crlf)
        #expect(decoded.text == "หัวข้อ\nจ\u{0E4D}\u{0E32}นวน\nท้าย\n")
        let result = ThaiNormalizer.normalize(decoded.text)
        #expect(!result.findings.contains { $0.rule == .lineEndings })
        #expect(result.findings == [
            NormalizationFinding(rule: .saraAm, line: 2, column: 2, before: "จ\u{0E4D}\u{0E32}", after: "จำ"),
        ])
        #expect(result.text == "หัวข้อ\nจำนวน\nท้าย\n")
    }

    @Test func decodingACleanCRLFFileLeavesNothingToNormalise() throws {
        let decoded = try SourceDecoder.decode(Array("ข่าว\r\nประชาสัมพันธ์\r\n".utf8))
        let result = ThaiNormalizer.normalize(decoded.text)
        #expect(result.findings.isEmpty)
        #expect(result.text == "ข่าว\nประชาสัมพันธ์\n")
    }

    // MARK: Problems left for a person

    @Test(arguments: [
        ("ก\u{0E48}\u{0E49}", NormalizationFinding(rule: .conflictingTones, line: 1, column: 3,
                                                   before: "ก\u{0E48}\u{0E49}", after: "ก\u{0E48}\u{0E49}"),
         "ก\u{0E48}\u{0E49}"),
        ("\u{0E48}ก", NormalizationFinding(rule: .markWithoutBase, line: 1, column: 1, before: "\u{0E48}", after: "\u{0E48}"),
         "\u{25CC}\u{0E48}"),
        ("\u{0E38}", NormalizationFinding(rule: .markWithoutBase, line: 1, column: 1, before: "\u{0E38}", after: "\u{0E38}"),
         "\u{25CC}\u{0E38}"),
        ("กๅ", NormalizationFinding(rule: .misplacedLakkhangyao, line: 1, column: 2, before: "กๅ", after: "กๅ"),
         "กๅ"),
    ])
    func problemsAreReportedAndLeftAlone(input: String, expected: NormalizationFinding, change: String) {
        let result = ThaiNormalizer.normalize(input)
        #expect(result.findings == [expected])
        #expect(result.findings.first?.change == change)
        #expect(!expected.rule.isRepair)
        #expect(hexScalars(result.text) == hexScalars(input))
        #expect(!result.changed)
    }

    @Test func lakkhangyaoAfterRuIsFine() {
        #expect(ThaiNormalizer.normalize("ฤๅษี").findings.isEmpty)
        #expect(ThaiNormalizer.normalize("ฦๅ").findings.isEmpty)
    }

    @Test func problemsOnALaterLine() {
        let input = "abc\nก\u{0E48}\u{0E49} x\n\u{0E48}ก กๅ"
        let result = ThaiNormalizer.normalize(input)
        #expect(result.text == input)
        #expect(result.findings == [
            NormalizationFinding(rule: .conflictingTones, line: 2, column: 3,
                                 before: "ก\u{0E48}\u{0E49}", after: "ก\u{0E48}\u{0E49}"),
            NormalizationFinding(rule: .markWithoutBase, line: 3, column: 1, before: "\u{0E48}", after: "\u{0E48}"),
            NormalizationFinding(rule: .misplacedLakkhangyao, line: 3, column: 5, before: "กๅ", after: "กๅ"),
        ])
    }

    /// A problem and a repair on the same line: the repair is made, the
    /// problem stays, both are reported in column order.
    @Test func aProblemNextToARepair() {
        let result = ThaiNormalizer.normalize("ก\u{0E48}\u{0E49} จ\u{0E4D}\u{0E32}")
        #expect(result.text == "ก\u{0E48}\u{0E49} จำ")
        #expect(result.findings.map(\.rule) == [.conflictingTones, .saraAm])
        #expect(result.findings.map(\.column) == [3, 6])
        #expect(result.changed)
    }

    /// A mark after a space has no base either: the finding shows the mark
    /// on a dotted circle, as at the start of a line, not the space.
    @Test func aMarkAfterASpaceIsShownOnItsOwn() {
        let result = ThaiNormalizer.normalize("ข่าว \u{0E48}ก")
        #expect(result.findings.map(\.rule) == [.markWithoutBase])
        #expect(result.findings.map(\.column) == [6])
        #expect(result.findings.first?.before == "\u{0E48}")
        #expect(result.findings.first?.change == "\u{25CC}\u{0E48}")
    }

    // MARK: Clean text and Markdown

    @Test(arguments: [
        "",
        "\n\n",
        "กรมส่งเสริมสหกรณ์",
        "น้ำท่วมข้าวนาปีเสียหาย ๑๒,๕๐๐,๐๐๐ บาท",
        "# หัวข้อ\n\n- รายการ\n    - ย่อย  \n",
        "👨‍👩‍👧 ฤๅษี เกี๊ยว café",
    ])
    func cleanTextComesBackIdentical(_ text: String) {
        let result = ThaiNormalizer.normalize(text)
        #expect(result.findings.isEmpty)
        #expect(result.text.utf8.elementsEqual(text.utf8))
        #expect(!result.changed)
        #expect(ThaiNormalizer.normalized(text) == text)
    }

    @Test func markdownStructureIsUntouchedWhileThaiIsRepaired() {
        let broken = "จ\u{0E4D}\u{0E32}นวน"
        let template = """
            ---
            title: "ข่าว {X}"
            tags: [ข้าว, สหกรณ์]
            ---

            # หัวข้อ {X}  

            ย่อหน้าแรก   มีช่องว่าง\tและแท็บ

            1. รายการ {X}
               - ย่อย {X}
                     - ย่อยอีก

            ```swift
            let x = "{X}"   // ความเห็น
                indented()
            ```

            > อ้างอิง {X}
            \u{0020}\u{0020}


            """
        let input = template.replacingOccurrences(of: "{X}", with: broken)
        let expected = template.replacingOccurrences(of: "{X}", with: "จำนวน")
        let result = ThaiNormalizer.normalize(input)
        #expect(result.text.utf8.elementsEqual(expected.utf8))
        // Inside the code block too: the Thai there is text, and the repair
        // does not change what the code means.
        #expect(result.findings.map(\.rule) == Array(repeating: .saraAm, count: 6))
        #expect(result.findings.map(\.line) == [2, 6, 10, 11, 15, 19])
    }

    @Test func aLongCleanDocumentHasNoFindings() {
        let sentences = [
            "กรมส่งเสริมสหกรณ์ประชุมข้าราชการ 4 หน่วยงานหลักในสังกัด",
            "น้ำท่วมข้าวนาปีเสียหายหนักที่สุดในรอบสิบปี",
            "- แผนปฏิบัติงานประจำปีงบประมาณ พ.ศ. ๒๕๕๖ วงเงิน 12,500,000 บาท",
            "",
            "    ผู้ว่าราชการจังหวัดลงพื้นที่ตรวจเยี่ยม เกี๊ยว ฤๅษี กั้ง",
            "## สหกรณ์โคนมส่งน้ำนมดิบให้โรงเรียน 😀",
        ]
        let document = (0..<2_000).map { sentences[$0 % sentences.count] }.joined(separator: "\n") + "\n"
        #expect(document.split(separator: "\n", omittingEmptySubsequences: false).count == 2_001)
        let result = ThaiNormalizer.normalize(document)
        #expect(result.findings.isEmpty)
        #expect(result.text.utf8.elementsEqual(document.utf8))
    }

    // MARK: Idempotence

    static let everyRepair = [
        "หัวข้อ\r",                          // line-endings
        "cafe\u{0301}",                      // nfc
        "ก\u{F70A} ป\u{F701}ด",              // legacy-glyph
        "กรม\u{200B}ส่ง\u{200C}เสริม\u{FEFF}",  // invisible-character
        "ก\u{200D}ข",                         // invisible-character (ZWJ)
        "เเปลง",                             // doubled-sara-e
        "ท\u{0E48}\u{0E35}",                 // mark-order
        "น\u{0E4D}\u{0E49}\u{0E32} จ\u{0E4D}\u{0E32} น\u{0E33}\u{0E49}",  // sara-am
        "ดีี ก\u{0E48}\u{0E48}",             // doubled-mark
        "ก\u{0E48}\u{0E38}",                 // nfc (tone before SARA U)
    ].joined(separator: "\n")

    @Test func everyRepairIsMadeOnceAndThenNothingIsLeft() {
        let once = ThaiNormalizer.normalize(Self.everyRepair)
        let repairs = Set(NormalizationRule.allCases.filter(\.isRepair))
        #expect(Set(once.findings.map(\.rule)) == repairs)
        #expect(once.text == "หัวข้อ\ncaf\u{E9}\nก่ ปิด\nกรมส่งเสริม\nกข\nแปลง\nที่\nน้ำ จำ น้ำ\nดี ก่\nกุ่")
        let twice = ThaiNormalizer.normalize(once.text)
        #expect(twice.findings.isEmpty)
        #expect(twice.text.utf8.elementsEqual(once.text.utf8))
    }
}
