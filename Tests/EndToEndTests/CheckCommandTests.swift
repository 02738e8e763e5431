import Foundation
import Testing

/// `khao check`, run as a user runs it.
@Suite("khao check, end to end")
struct CheckCommandTests {
    /// A copy of the repository's bundled example site.
    func bundledExample() throws -> Scratch {
        let scratch = try Scratch()
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../content").standardized
        try FileManager.default.copyItem(at: content, to: scratch.url.appendingPathComponent("content"))
        return scratch
    }

    @Test func theBundledExampleHasNoProblems() throws {
        let site = try bundledExample()
        let result = try KhaoProcess.run(["check"], in: site.url)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("checked 4 releases"))
        #expect(result.stdout.hasSuffix(": no problems\n"))
    }

    @Test func aBrokenReleaseFailsTheCheckAndNamesItsPlace() throws {
        let site = try bundledExample()
        try site.write("content/news/2555/broken.md", "---\ntitle: ข่าว\ndate: 2012-09-20\nbureaus: [ctx]\n---\n")
        let result = try KhaoProcess.run(["check", "--site", site.url.path], in: URL(fileURLWithPath: "/"))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("""
            content/news/2555/broken.md:4:11: error: unknown-bureau: "bureaus" names an unknown bureau "ctx"
                4 | bureaus: [ctx]
                  |           ^~~
            hint: did you mean "ctt"? known bureaus are cbd, ctt, fund, cpd (content/site.yaml:
            """))
        #expect(result.stderr.hasSuffix("1 error\n"))
        #expect(result.stdout == "")
    }

    @Test func aFolderWithoutASiteIsAUsageError() throws {
        let empty = try Scratch()
        let result = try KhaoProcess.run(["check"], in: empty.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("has no content/site.yaml"))
    }
}
