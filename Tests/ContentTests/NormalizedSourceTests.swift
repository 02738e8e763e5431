import Content
import Diagnostics
import Testing

@Suite("A source file, normalised")
struct NormalizedSourceTests {
    @Test func cleanTextIsUnchangedAndSilent() {
        let bytes = Array("---\ntitle: ข่าว\n---\n\nกรมส่งเสริมสหกรณ์\n".utf8)
        let source = NormalizedSource(bytes: bytes, path: "a.md", kind: .markdown)
        #expect(source.output == bytes)
        #expect(!source.changed)
        #expect(source.diagnostics.isEmpty)
    }

    @Test func repairsAreWarningsInPositionOrder() {
        let bytes = Array("ก\u{200B}ข\r\nน\u{0E4D}\u{0E32}\r\n".utf8)
        let source = NormalizedSource(bytes: bytes, path: "a.md", kind: .markdown)
        #expect(source.output == Array("กข\nนำ\n".utf8))
        #expect(source.changed)
        #expect(source.diagnostics == [
            .warning("ก<U+200B> → ก", path: "a.md", line: 1, column: 2, code: "invisible-character"),
            .warning("<CR><LF> → <LF>", path: "a.md", line: 1, column: 4, code: "line-endings"),
            .warning("นํา → นำ", path: "a.md", line: 2, column: 2, code: "sara-am"),
        ])
    }

    @Test func aProblemForAPersonSaysWhatIsWrongAndChangesNothing() {
        let bytes = Array("ก\u{0E48}\u{0E49}\n".utf8)
        let source = NormalizedSource(bytes: bytes, path: "a.md", kind: .markdown)
        #expect(!source.changed)
        #expect(source.diagnostics == [
            .warning("ก่้: two different tone marks on one letter; keep the one that is meant",
                     path: "a.md", line: 1, column: 3, code: "conflicting-tones"),
        ])
    }

    @Test func markdownLosesItsByteOrderMark() {
        let source = NormalizedSource(bytes: [0xEF, 0xBB, 0xBF] + Array("ข่าว\n".utf8), path: "a.md", kind: .markdown)
        #expect(source.output == Array("ข่าว\n".utf8))
        #expect(source.diagnostics == [.warning("<U+FEFF> → (removed)", path: "a.md", line: 1, column: 1, code: "byte-order-mark")])
    }

    @Test func aCSVKeepsItsByteOrderMarkForExcel() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,ชื่อ\n".utf8)
        let source = NormalizedSource(bytes: bytes, path: "p.csv", kind: .csv)
        #expect(source.output == bytes)
        #expect(!source.changed)
    }

    @Test func aUTF16FileBecomesUTF8() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "ข่าว\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let source = NormalizedSource(bytes: bytes, path: "a.txt", kind: .text)
        #expect(source.output == Array("ข่าว\n".utf8))
        #expect(source.diagnostics.map(\.message) == ["UTF-16LE → UTF-8"])
    }

    @Test func aWindows874CSVBecomesUTF8WithAByteOrderMark() {
        // "ชื่อ,งบ" then CR LF, in Windows-874.
        let bytes: [UInt8] = [0xAA, 0xD7, 0xE8, 0xCD, 0x2C, 0xA7, 0xBA, 0x0D, 0x0A]
        let source = NormalizedSource(bytes: bytes, path: "p.csv", kind: .csv)
        #expect(source.output == [0xEF, 0xBB, 0xBF] + Array("ชื่อ,งบ\n".utf8))
        #expect(source.diagnostics.map(\.code) == ["windows-874", "line-endings"])
    }

    @Test func windows874IsOnlyGuessedForCSV() {
        let bytes: [UInt8] = [0xAA, 0xD7, 0xE8, 0xCD]
        let source = NormalizedSource(bytes: bytes, path: "a.md", kind: .markdown)
        #expect(source.failed)
        #expect(source.diagnostics.map(\.code) == ["invalid-utf8"])
    }

    @Test func garbledTextIsAnErrorAndNothingIsWritten() {
        let garbled = "title: ข่าว\nà¸\u{81}à¸£à¸¡\n"
        let source = NormalizedSource(bytes: Array(garbled.utf8), path: "a.md", kind: .markdown)
        #expect(source.failed)
        #expect(source.output == nil)
        #expect(source.diagnostics.count == 1)
        #expect(source.diagnostics.first?.severity == .error)
        #expect(source.diagnostics.first?.line == 2)
        #expect(source.diagnostics.first?.sourceLine == "à¸\u{81}à¸£à¸¡")
    }

    @Test(arguments: [
        ("news/a.md", SourceKind.markdown), ("A.MARKDOWN", .markdown), ("site.yaml", .yaml), ("x.yml", .yaml),
        ("plans/2556/projects.CSV", .csv), ("notes.txt", .text),
    ])
    func kindsComeFromTheExtension(path: String, kind: SourceKind) {
        #expect(SourceKind(path: path) == kind)
    }

    @Test(arguments: ["photo.jpg", "brief.pdf", "README", ".md", "archive.tar.gz"])
    func otherFilesAreNotSources(path: String) {
        #expect(SourceKind(path: path) == nil)
    }
}

@Suite("A source file with more findings than anyone reads")
struct NormalizedSourceLimitTests {
    @Test func theRestAreCountedInOneWarning() {
        let bytes = Array(String(repeating: "ก\u{200B}", count: 1_500).utf8)
        let source = NormalizedSource(bytes: bytes, path: "a.md", kind: .markdown)
        #expect(source.output == Array(String(repeating: "ก", count: 1_500).utf8))
        #expect(source.diagnostics.count == 1_001)
        #expect(source.diagnostics.last == .warning(
            "500 more repairs and problems in this file are not listed", path: "a.md", code: "more-findings",
            hint: "`khao normalize --write` makes every repair; check the file again to see what is left"))
    }
}
