/// A heading of a rendered document, for tables of contents and for
/// checking `#anchor` links against the page.
public struct MarkdownHeading: Sendable, Equatable {
    /// 1 to 6, as in `<h1>`…`<h6>`.
    public var level: Int
    /// The heading's text without markup (`## ข่าว *ด่วน*` → `ข่าว ด่วน`).
    public var text: String
    /// The `id` attribute the heading was given: unique within the document.
    public var id: String
    /// The file line (1-based) where the heading starts.
    public var line: Int

    /// A heading as the renderer reports it.
    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}
