import Testing
import Thai

/// The issue `SourceDecoder` throws for `bytes`, or nil when it decodes them.
func failure(_ bytes: [UInt8], allowingWindows874: Bool = false) -> DecodingIssue? {
    do {
        _ = try SourceDecoder.decode(bytes, allowingWindows874: allowingWindows874)
        return nil
    } catch {
        return error
    }
}

@Suite("Decoding")
struct DecodingTests {
    static let thai = "กรมส่งเสริมสหกรณ์"

    @Test func plainUTF8IsReadAsIs() throws {
        let decoded = try SourceDecoder.decode(Array("# \(Self.thai)\n".utf8))
        #expect(decoded.text == "# \(Self.thai)\n")
        #expect(decoded.encoding == .utf8)
        #expect(!decoded.hadByteOrderMark)
        #expect(decoded.lineEndings == .lf)
        #expect(decoded.issues.isEmpty)
    }

    @Test func aUTF8ByteOrderMarkIsDropped() throws {
        let decoded = try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array(Self.thai.utf8))
        #expect(decoded.text.unicodeScalars.first == "ก")
        #expect(decoded.hadByteOrderMark)
        #expect(decoded.encoding == .utf8)
    }

    @Test(arguments: [true, false])
    func utf16WithAByteOrderMarkIsDecoded(littleEndian: Bool) throws {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in "\(Self.thai)\r\nบรรทัด 2 😀".utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += littleEndian ? [low, high] : [high, low]
        }
        let decoded = try SourceDecoder.decode(bytes)
        #expect(decoded.text == "\(Self.thai)\nบรรทัด 2 😀")
        #expect(decoded.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
        #expect(decoded.lineEndings == .crlf)
    }

    @Test func anUnpairedSurrogateInUTF16IsAnError() {
        // BOM, "ก", then a lone high surrogate D800 followed by "A".
        let bytes: [UInt8] = [0xFF, 0xFE, 0x01, 0x0E, 0x00, 0xD8, 0x41, 0x00]
        #expect(failure(bytes) == DecodingIssue(kind: .invalidUTF16, line: 1, column: 2, byteOffset: 4))
    }

    @Test func invalidUTF8NamesLineColumnAndByteOffset() {
        // Line 2 is "กร" then a stray continuation byte: 3 + 1 + 6 bytes precede it.
        let bytes = Array("abc\nกร".utf8) + [0x80] + Array("ม\n".utf8)
        #expect(failure(bytes) == DecodingIssue(kind: .invalidUTF8, line: 2, column: 3, byteOffset: 10))
    }

    @Test(arguments: [
        ([0xC0, 0xAF], 0),              // overlong "/"
        ([0xED, 0xA0, 0x80], 0),        // a UTF-16 surrogate written as UTF-8
        ([0xF4, 0x90, 0x80, 0x80], 0),  // past U+10FFFF
        ([0x61, 0xE0, 0xB8], 1),        // a Thai letter cut short at the end
    ] as [([UInt8], Int)])
    func malformedSequencesAreFoundAtTheirFirstByte(bytes: [UInt8], offset: Int) {
        #expect(failure(bytes) == DecodingIssue(kind: .invalidUTF8, line: 1, column: offset + 1, byteOffset: offset))
    }

    @Test func invalidUTF8IsNotGuessedOutsideCSV() {
        #expect(failure(Self.windows874CSV, allowingWindows874: false) == DecodingIssue(kind: .invalidUTF8, line: 1, column: 1, byteOffset: 0))
    }

    @Test func aNULByteMeansABinaryFile() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        #expect(failure(png, allowingWindows874: true) == DecodingIssue(kind: .binary, line: 1, column: 1, byteOffset: 8))
        #expect(failure(Array("ข่าว\n\0".utf8)) == DecodingIssue(kind: .binary, line: 1, column: 1, byteOffset: 13))
    }

    /// `โครงการ,งบประมาณ (บาท),หมายเหตุ` / `“พัฒนาคน” – ระยะที่ 1…,"12,500,000",ผ่าน`
    /// with CR LF, as Thai Excel saves "CSV (Comma delimited)" in Windows-874.
    static let windows874CSV: [UInt8] = [
        0xE2, 0xA4, 0xC3, 0xA7, 0xA1, 0xD2, 0xC3, 0x2C, 0xA7, 0xBA, 0xBB, 0xC3, 0xD0, 0xC1, 0xD2, 0xB3, 0x20, 0x28,
        0xBA, 0xD2, 0xB7, 0x29, 0x2C, 0xCB, 0xC1, 0xD2, 0xC2, 0xE0, 0xCB, 0xB5, 0xD8, 0x0D, 0x0A, 0x93, 0xBE, 0xD1,
        0xB2, 0xB9, 0xD2, 0xA4, 0xB9, 0x94, 0x20, 0x96, 0x20, 0xC3, 0xD0, 0xC2, 0xD0, 0xB7, 0xD5, 0xE8, 0x20, 0x31,
        0x85, 0x2C, 0x22, 0x31, 0x32, 0x2C, 0x35, 0x30, 0x30, 0x2C, 0x30, 0x30, 0x30, 0x22, 0x2C, 0xBC, 0xE8, 0xD2,
        0xB9, 0x0D, 0x0A,
    ]

    @Test func aWindows874CSVIsDecodedWithAWarning() throws {
        let decoded = try SourceDecoder.decode(Self.windows874CSV, allowingWindows874: true)
        #expect(decoded.text == "โครงการ,งบประมาณ (บาท),หมายเหตุ\n“พัฒนาคน” – ระยะที่ 1…,\"12,500,000\",ผ่าน\n")
        #expect(decoded.encoding == .windows874)
        #expect(decoded.lineEndings == .crlf)
        #expect(decoded.issues == [DecodingIssue(kind: .readAsWindows874, line: 1, column: 1)])
        #expect(decoded.issues.allSatisfy { !$0.isError })
    }

    @Test func latin1IsNotMistakenForWindows874() {
        // "café,naïve": every byte is defined in Windows-874, but é would be a
        // tone mark on "f", which is not Thai.
        let latin1: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x2C, 0x6E, 0x61, 0xEF, 0x76, 0x65, 0x0A]
        #expect(failure(latin1, allowingWindows874: true) == DecodingIssue(kind: .unknownEncoding, line: 1, column: 4, byteOffset: 3))
    }

    @Test func bytesUndefinedInWindows874AreAnError() {
        // 0xFC is ü in Latin-1 and undefined in Windows-874.
        #expect(failure([0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72], allowingWindows874: true) == DecodingIssue(kind: .unknownEncoding, line: 1, column: 2, byteOffset: 1))
    }

    @Test(arguments: [
        // UTF-8 read as Windows-874 (undefined bytes shown as U+FFFD): กรมส่งเสริม
        ("ข่าว\nเธ\u{FFFD}เธฃเธกเธชเน\u{FFFD}เธ\u{FFFD}เน€เธชเธฃเธดเธก\n", Mojibake.utf8ReadAsWindows874, 2, 1),
        // UTF-8 read as Latin-1 (shown as Windows-1252 does): กรม
        ("title: à¸\u{81}à¸£à¸¡\n", Mojibake.utf8ReadAsLatin1, 1, 8),
        // TIS-620 read as Latin-1: กรมส่งเสริม
        ("a\nb\n¡ÃÁÊè§àÊÃÔÁ", Mojibake.tis620ReadAsLatin1, 3, 1),
    ])
    func garbledThaiIsAnErrorWithItsLine(text: String, signature: Mojibake, line: Int, column: Int) throws {
        let decoded = try SourceDecoder.decode(Array(text.utf8))
        #expect(decoded.issues == [DecodingIssue(kind: .mojibake(signature), line: line, column: column)])
        #expect(decoded.issues.allSatisfy { $0.isError })
    }

    @Test(arguments: ["เธอเดินไปเธอ", "déjà vu à la carte", "Ça coûte 5 €", "naïve café résumé"])
    func realTextIsNotMojibake(text: String) throws {
        #expect(try SourceDecoder.decode(Array(text.utf8)).issues.isEmpty)
    }

    @Test(arguments: [
        ("a\r\nb\r\n", "a\nb\n", LineEndings.crlf),
        ("a\rb\r", "a\nb\n", .cr),
        ("a\r\nb\nc\r", "a\nb\nc\n", .mixed),
        ("a\nb", "a\nb", .lf),
    ])
    func lineEndingsBecomeLF(input: String, text: String, endings: LineEndings) throws {
        let decoded = try SourceDecoder.decode(Array(input.utf8))
        #expect(decoded.text == text)
        #expect(decoded.lineEndings == endings)
    }

    @Test func messagesSayWhatAndWhere() {
        let issue = DecodingIssue(kind: .invalidUTF8, line: 2, column: 3, byteOffset: 10)
        #expect(issue.message == "the file is not valid UTF-8 at byte offset 10")
        #expect(issue.hint.contains("UTF-8"))
    }
}
