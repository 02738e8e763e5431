import Foundation
import TestSupport
import Testing

/// quality.md, "Bad input gets a clear error, never a crash or a hang": one
/// case a kind of bad input, each added to a copy of the bundled example
/// that was built before. Each must give its exact diagnostic and exit
/// code 1 within a time limit, still report an unrelated error elsewhere in
/// the site (the rest is checked), and leave the previous output as it was.
@Suite("Bad input, end to end")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// Files written into the site, by path.
        let files: [(path: String, bytes: [UInt8])]
        /// The first line of each diagnostic it must give.
        let diagnostics: [String]

        init(_ name: String, _ files: [(String, [UInt8])], _ diagnostics: [String]) {
            self.name = name
            self.files = files.map { (path: $0.0, bytes: $0.1) }
            self.diagnostics = diagnostics
        }

        init(_ name: String, _ path: String, _ text: String, _ diagnostics: [String]) {
            self.init(name, [(path, Array(text.utf8))], diagnostics)
        }

        var testDescription: String { name }
    }

    static let release = "content/news/2555/bad.md"

    static let cases: [Case] = [
        Case("invalid UTF-8", [(release, Array("---\ntitle: \"".utf8) + [0xFF, 0xFE] + Array(" ข่าว\"\ndate: 2012-09-20\n---\nเนื้อ\n".utf8))],
             ["content/news/2555/bad.md:2:9: error: invalid-utf8: the file is not valid UTF-8 at byte offset 12"]),
        Case("a binary file", [(release, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 64))],
             ["content/news/2555/bad.md:1:1: error: binary-file: this is a binary file, not text (a NUL byte at byte offset 7)"]),
        Case("an empty file", release, "",
             ["content/news/2555/bad.md:1:1: error: front-matter: a release starts with front matter between --- lines, with at least a title and a date"]),
        Case("front matter never closed", release, "---\ntitle: ข่าว\ndate: 2012-09-20\nเนื้อข่าว\n",
             ["content/news/2555/bad.md:1:1: error: front-matter: the front matter opened here is never closed with ---"]),
        Case("a YAML error", release, "---\ntitle: [ข่าว\ndate: 2012-09-20\n---\nเนื้อ\n",
             ["content/news/2555/bad.md:3:5: error: yaml: this is not valid YAML: did not find expected ',' or ']'"]),
        Case("a YAML alias bomb", release, aliasBomb,
             ["content/news/2555/bad.md:8:1: error: yaml-size: \"a4\" is too large (more than 10000 parts)"]),
        Case("wrong types", release, "---\ntitle: [1, 2]\ndate: 2012-09-20\ndraft: maybe\n---\nเนื้อ\n",
             ["content/news/2555/bad.md:2:8: error: yaml-type: \"title\" must be text",
              "content/news/2555/bad.md:4:8: error: yaml-type: \"draft\" must be true or false"]),
        Case("a 10 MB Markdown file", release, "---\ntitle: ใหญ่\ndate: 2012-09-20\n---\n" + String(repeating: "สหกรณ์ ", count: 530_000),
             ["content/news/2555/bad.md:1:1: error: too-large: this file is 10.1 MB; a source may be at most 5 MB"]),
        Case("10,000-deep Markdown", release, "---\ntitle: ลึก\ndate: 2012-09-20\n---\nย่อหน้า\n\n" + String(repeating: "> ", count: 10_000) + "ลึก\n",
             ["content/news/2555/bad.md:7:1: error: too-deep: quotes, lists and emphasis are nested more than 100 deep here"]),
        Case("10,000-deep YAML", release, "---\ntitle: ลึก\ndate: 2012-09-20\nextra: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n---\n",
             ["content/news/2555/bad.md:4:9: error: yaml: lists and maps are nested too deeply here (more than 1,000 levels)"]),
        Case("an include loop", "templates/partials/loop.html", "{% include \"partials/loop.html\" %}",
             ["templates/partials/loop.html:1:12: error: templates include or extend each other in a loop: partials/loop.html includes partials/loop.html"]),
        Case("a template that extends itself", "templates/page.html", "{% extends \"page.html\" %}{% block main %}x{% endblock %}",
             ["templates/page.html:1:12: error: page.html extends itself"]),
        Case("100,000-deep template expression", "templates/404.html", "{{ " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + " }}",
             ["templates/404.html:1:203: error: this expression is nested too deeply"]),
        // Found by fuzzing (Fuzz/Seeds/template/): it crashed the parser.
        Case("a filter bar with no filter", "templates/404.html", "{{g|}}",
             ["templates/404.html:1:4: error: \"|\" must be followed by a filter name"]),
        Case("two releases at one URL", release, "---\ntitle: ซ้ำ\ndate: 2012-09-20\nslug: fy2556-plan-launch\n---\nเนื้อ\n",
             ["content/news/2555/fy2556-plan-launch.md:1:1: error: duplicate-url: content/news/2555/fy2556-plan-launch.md and content/news/2555/bad.md would both be published at /news/2555/fy2556-plan-launch/"]),
        Case("a CSV with a ragged row", [("content/plans/2556/projects.csv", projectsCSV + Array("x-01,ctt,สั้น\n".utf8))],
             ["content/plans/2556/projects.csv:20:1: error: csv-field-count: row 20 has 3 fields; the header has 17"]),
        Case("a CSV in an unknown encoding", [("content/plans/2556/projects.csv", [UInt8]((0x80...0xFF).map { UInt8($0) }) + Array("\n".utf8))],
             ["content/plans/2556/projects.csv:1:1: error: unknown-encoding: the file is neither UTF-8 nor Windows-874 Thai (first byte that is not UTF-8 at byte offset 0)"]),
    ]

    /// Ten levels of aliases, each nine of the one before: a billion
    /// strings if expanded.
    static var aliasBomb: String {
        var lines = ["---", "title: ระเบิด", "date: 2012-09-20", "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        for level in 1..<10 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return (lines + ["tags: *a9", "---", "เนื้อ"]).joined(separator: "\n") + "\n"
    }

    static var projectsCSV: [UInt8] {
        (try? [UInt8](Data(contentsOf: BuildCommandTests.repository.appendingPathComponent("content/plans/2556/projects.csv")))) ?? []
    }

    /// An error that has nothing to do with the case, in another release:
    /// found while loading, which must not stop the later checks (the
    /// theme, the Markdown) from finding the case's own.
    static let unrelated = (path: "content/news/2555/unrelated.md", text: "---\ntitle: อื่น\ndate: 2012-09-21\nbureaus: [ctx]\n---\nเนื้อ\n",
                            diagnostic: "content/news/2555/unrelated.md:4:11: error: unknown-bureau: \"bureaus\" names an unknown bureau \"ctx\"")

    @Test(arguments: cases)
    func aClearErrorAndTheOldSiteKept(_ bad: Case) throws {
        let site = try BuildCommandTests.bundledExample()
        try #require(try KhaoProcess.run(["build", "--quiet"], in: site.url).status == 0)
        let before = try BuildCommandTests().tree(site.url.appendingPathComponent("output"))
        for file in bad.files { try site.write(file.path, bytes: file.bytes) }
        try site.write(Self.unrelated.path, Self.unrelated.text)

        let result = try KhaoProcess.run(["build"], in: site.url, timeLimit: 60)
        #expect(!result.timedOut, "still running after 60 s")
        #expect(result.status == 1)
        #expect(result.stdout == "")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let found = lines.filter { line in bad.diagnostics.contains(line) || line == Self.unrelated.diagnostic }
        #expect(found.sorted() == (bad.diagnostics + [Self.unrelated.diagnostic]).sorted(), "\(result.stderr)")
        // Said once, however often the input repeats it.
        #expect(Set(lines.filter { $0.contains(": error: ") }).count == lines.filter { $0.contains(": error: ") }.count, "\(result.stderr)")
        #expect(try BuildCommandTests().tree(site.url.appendingPathComponent("output")) == before)
    }
}
