import Markdown
import Testing

/// quality.md: "10,000-deep nesting" is a diagnostic, not a page nobody
/// can read. The HTML is still written; the line is marked for the caller.
@Suite("Markdown: nesting depth")
struct NestingTests {
    private func line(_ markdown: String, firstLine: Int = 1) -> Int? {
        Markdown.render(markdown, firstLine: firstLine) { _ in .keep }.tooDeepLine
    }

    /// 99 quotes and the paragraph in the last make 100.
    @Test func aHundredContainersDeepAreAllowedAndOneMoreIsNot() {
        let deepest = Markdown.deepestNesting
        #expect(line(String(repeating: "> ", count: deepest - 1) + "x") == nil)
        #expect(line("ย่อหน้า\n\n" + String(repeating: "> ", count: deepest) + "x", firstLine: 9) == 11)
    }

    /// Emphasis and links count as much as blocks. A nested item is a list
    /// and an item: the 50th (with its paragraph) is 101 deep.
    @Test func inlineContainersAndListItemsCountToo() {
        #expect(line(String(repeating: "*", count: 500) + "x" + String(repeating: "*", count: 500)) == 1)
        #expect(line((0..<60).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")) == 50)
        #expect(line((0..<10).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")) == nil)
    }

    /// The depth goes down as containers close: many shallow ones are fine.
    @Test func manyShallowContainersAreFine() {
        #expect(line(String(repeating: "> *a* [b](c) **d**\n\n", count: 5_000)) == nil)
    }
}
