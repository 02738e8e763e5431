import Markdown
import Testing

/// Where none of our extensions apply, our walk writes exactly what cmark's
/// own renderer writes.
@Suite("Markdown: same HTML as cmark_render_html")
struct DifferentialTests {
    @Test func generatedDocuments() {
        for seed in UInt64(1)...400 {
            var generator = MarkdownGenerator(seed: seed)
            let markdown = generator.document()
            let ours = html(markdown)
            let theirs = cmarkHTML(markdown)
            #expect(ours == theirs, "seed \(seed):\n\(markdown)")
            if ours != theirs { return }
        }
    }

    @Test(arguments: ["ctt-plan-workshop", "department-40th-anniversary", "four-bureaus-brainstorm", "fy2556-plan-launch"])
    func exampleReleases(_ name: String) throws {
        let markdown = try body(ofFixture: name)
        #expect(!markdown.isEmpty)
        #expect(html(markdown) == cmarkHTML(markdown))
    }
}
