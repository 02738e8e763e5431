/// The result of rendering one document.
public struct RenderedMarkdown: Sendable, Equatable {
    /// The body as HTML: block elements each ending in "\n", as cmark writes them.
    public var html: String
    /// The headings in document order, with the ids used in `html`.
    public var headings: [MarkdownHeading]
    /// The text a reader sees, without markup: each paragraph, heading and
    /// code block on a line of its own (joined by "\n"), line breaks inside
    /// them as spaces, images left out. For search, summaries and reading time.
    public var plainText: String

    /// A rendered document.
    public init(html: String, headings: [MarkdownHeading], plainText: String) {
        self.html = html
        self.headings = headings
        self.plainText = plainText
    }
}
