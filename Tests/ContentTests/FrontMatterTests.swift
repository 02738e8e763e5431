@testable import Content
import Testing

@Suite("Front matter fences")
struct FrontMatterTests {
    @Test(arguments: [
        ("---\ntitle: ข่าว\n---\nเนื้อข่าว\n", "title: ข่าว", "เนื้อข่าว\n", 4),
        ("---\n---\n", "", "", 3),
        ("--- \t\na: 1\nb: 2\n...\nbody", "a: 1\nb: 2", "body", 5),
        ("---\na: 1\n---", "a: 1", "", 4),
        ("---\na: '---'\n----\n---\nx", "a: '---'\n----", "x", 5),
    ])
    func cutsAtTheFences(text: String, yaml: String, body: String, bodyLine: Int) throws {
        let (cut, problems) = FrontMatter.split(text, path: "a.md")
        let frontMatter = try #require(cut)
        #expect(problems.isEmpty)
        #expect(frontMatter.hasFrontMatter)
        #expect(frontMatter.yaml == yaml)
        #expect(frontMatter.body == body)
        #expect(frontMatter.bodyLine == bodyLine)
    }

    @Test(arguments: ["# หัวข้อ\n---\n", "", "...\na: 1\n...\n", " ---\n---\n"])
    func textWithoutAnOpeningFenceIsAllBody(text: String) throws {
        let frontMatter = try #require(FrontMatter.split(text, path: "a.md").0)
        #expect(!frontMatter.hasFrontMatter)
        #expect(frontMatter.body == text)
        #expect(frontMatter.bodyLine == 1)
    }

    @Test func anUnclosedFrontMatterIsAnErrorAtTheOpeningFence() {
        let (cut, problems) = FrontMatter.split("---\ntitle: ข่าว\nเนื้อข่าว", path: "a.md")
        #expect(cut == nil)
        #expect(problems.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message) [\($0.sourceLine ?? "")]" }
            == ["1:1 the front matter opened here is never closed with --- [---]"])
    }
}
