import Foundation
import Testing

/// `khao normalize` run as a user runs it, on a site folder with a broken release.
@Suite("khao normalize, end to end")
struct NormalizeCommandTests {
    /// A release as PR staff paste it from an old Word file: ำ typed as ํ + า
    /// with the tone in between, a zero-width space from Word, a tone typed
    /// before its vowel, Windows line endings.
    static let brokenRelease = [
        "---",
        "title: น\u{0E4D}\u{0E49}\u{0E32}ท่วมข้าวนาปี",
        "---",
        "",
        "กรมส่งเสริม\u{200B}สหกรณ์ช่วยเหลือเกษตรกร",
        "",
        "- ท\u{0E48}\u{0E35}นา 500 ไร่",
        "",
    ].joined(separator: "\r\n")

    static let repairedRelease = """
        ---
        title: น้ำท่วมข้าวนาปี
        ---

        กรมส่งเสริมสหกรณ์ช่วยเหลือเกษตรกร

        - ที่นา 500 ไร่

        """

    static let cleanRelease = "---\ntitle: ระดมสมอง 4 หน่วยงาน\n---\n\nกรมส่งเสริมสหกรณ์ประชุม\n"

    /// `โครงการ,งบประมาณ` / `“พัฒนาคน” – 1…,"12,500,000"` in Windows-874 with CR LF.
    static let windows874CSV: [UInt8] = [
        0xE2, 0xA4, 0xC3, 0xA7, 0xA1, 0xD2, 0xC3, 0x2C, 0xA7, 0xBA, 0xBB, 0xC3, 0xD0, 0xC1, 0xD2, 0xB3, 0x0D, 0x0A,
        0x93, 0xBE, 0xD1, 0xB2, 0xB9, 0xD2, 0xA4, 0xB9, 0x94, 0x20, 0x96, 0x20, 0x31, 0x85, 0x2C, 0x22, 0x31, 0x32,
        0x2C, 0x35, 0x30, 0x30, 0x2C, 0x30, 0x30, 0x30, 0x22, 0x0D, 0x0A,
    ]

    static let utf8CSV = "\u{FEFF}โครงการ,งบประมาณ\n“พัฒนาคน” – 1…,\"12,500,000\"\n"

    func site() throws -> Scratch {
        let site = try Scratch()
        try site.write("content/news/2555/flood.md", Self.brokenRelease)
        try site.write("content/news/2555/meeting.md", Self.cleanRelease)
        try site.write("content/plans/2556/projects.csv", bytes: Self.windows874CSV)
        try site.write("content/news/2555/photo.jpg", bytes: [0xFF, 0xD8, 0xFF, 0x00])
        try site.write("content/news/2555/.draft.md", "เเ")
        return site
    }

    @Test func checkListsEveryRepairAndExitsOne() throws {
        let site = try site()
        let result = try KhaoProcess.run(["normalize", "--check", "content"], in: site.url)
        #expect(result.status == 1)
        #expect(result.stderr == """
            content/news/2555/flood.md:1:4: warning: line-endings: <CR><LF> → <LF>
            content/news/2555/flood.md:2:9: warning: sara-am: นํ้า → น้ำ
            content/news/2555/flood.md:5:12: warning: invisible-character: ม<U+200B> → ม
            content/news/2555/flood.md:7:4: warning: mark-order: ท่ี → ที่
            content/plans/2556/projects.csv:1:1: warning: windows-874: the file is not UTF-8; it was read as Windows-874 (TIS-620) Thai
            hint: run `khao normalize --write` on it to convert it to UTF-8, or save as "CSV UTF-8" in Excel
            content/plans/2556/projects.csv:1:17: warning: line-endings: <CR><LF> → <LF>

            """)
        #expect(result.stdout == "2 of 3 files would change\n")
        // --check writes nothing.
        #expect(try site.text("content/news/2555/flood.md") == Self.brokenRelease)
        #expect(try site.bytes("content/plans/2556/projects.csv") == Self.windows874CSV)
    }

    @Test func printsTheNormalisedText() throws {
        let site = try site()
        let result = try KhaoProcess.run(["normalize", "content/news/2555/flood.md"], in: site.url)
        #expect(result.status == 0)
        #expect(result.stdout == Self.repairedRelease)
        #expect(result.stderr == "")
    }

    @Test func writeRewritesOnlyTheFilesThatChange() throws {
        let site = try site()
        let cleanInode = try site.inode("content/news/2555/meeting.md")
        let result = try KhaoProcess.run(["normalize", "--write", "content"], in: site.url)
        #expect(result.status == 0)
        #expect(result.stdout == "normalized 2 of 3 files\n")
        #expect(try site.text("content/news/2555/flood.md") == Self.repairedRelease)
        #expect(try site.bytes("content/plans/2556/projects.csv") == Array(Self.utf8CSV.utf8))
        // The clean file is the same file, untouched; the ignored draft too.
        #expect(try site.inode("content/news/2555/meeting.md") == cleanInode)
        #expect(try site.text("content/news/2555/.draft.md") == "เเ")

        let again = try KhaoProcess.run(["normalize", "--check", "content"], in: site.url)
        #expect(again.status == 0)
        #expect(again.stdout == "3 files checked, none would change\n")
        #expect(again.stderr == "")
    }

    @Test func badFilesAreReportedAndTheRestStillProcessed() throws {
        let site = try site()
        try site.write("content/news/2555/broken.md", bytes: Array("---\ntitle: ข่าว\n---\nกร".utf8) + [0xE0, 0x41] + Array("\n".utf8))
        try site.write("content/news/2555/picture.md", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00])
        let result = try KhaoProcess.run(["normalize", "--write", "content"], in: site.url)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("""
            content/news/2555/broken.md:4:3: error: invalid-utf8: the file is not valid UTF-8 at byte offset 34
                4 | กร\u{FFFD}A
                  |   ^
            hint: save the file as UTF-8 in your editor (in Notepad: File > Save As > Encoding: UTF-8)

            """))
        #expect(result.stderr.contains("""
            content/news/2555/picture.md:1:1: error: binary-file: this is a binary file, not text (a NUL byte at byte offset 8)
            """))
        #expect(result.stdout == "normalized 2 of 5 files; 2 files with errors left as they are\n")
        #expect(try site.text("content/news/2555/flood.md") == Self.repairedRelease)
    }

    @Test func aMissingFileIsAnIOError() throws {
        let site = try site()
        let result = try KhaoProcess.run(["normalize", "--check", "nowhere.md", "content/news/2555/meeting.md"], in: site.url)
        #expect(result.status == 3)
        #expect(result.stderr == "nowhere.md: error: io: no such file\n")
        #expect(result.stdout == "2 files checked, none would change; 1 file could not be read\n")
    }

    @Test(arguments: [[], ["--check", "--write", "content"], ["--format", "xml", "content"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let site = try site()
        let result = try KhaoProcess.run(["normalize"] + arguments, in: site.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stdout == "")
    }

    @Test func jsonDiagnosticsForTools() throws {
        let site = try site()
        let result = try KhaoProcess.run(["normalize", "--check", "--format", "json", "content/news/2555/flood.md"], in: site.url)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first == #"{"severity":"warning","path":"content/news/2555/flood.md","line":1,"column":4,"code":"line-endings","message":"<CR><LF> → <LF>","hint":null,"notes":[]}"#)
    }

    @Test func helpNamesTheCommand() throws {
        let site = try site()
        let result = try KhaoProcess.run(["help", "normalize"], in: site.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("khao normalize --check content/"))
    }
}

@Suite("khao normalize with a flood of findings")
struct NormalizeFloodTests {
    @Test func atMostAHundredDiagnosticsAreShownThenACount() throws {
        let site = try Scratch()
        try site.write("content/a.md", String(repeating: "ก\u{200B}\n", count: 150))
        let result = try KhaoProcess.run(["normalize", "--check", "content"], in: site.url)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 101)
        #expect(lines.first == "content/a.md:1:2: warning: invisible-character: ก<U+200B> → ก")
        #expect(lines.last == "150 warnings (50 not shown)")
        #expect(result.stdout == "1 of 1 file would change\n")
    }
}
