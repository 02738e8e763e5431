/// The result of rendering one document.
public struct RenderedMarkdown: Sendable, Equatable {
    /// The body as HTML: block elements each ending in "\n", as cmark writes them.
    public var html: String
    /// The headings in document order, with the ids used in `html`.
    public var headings: [MarkdownHeading]
    /// The text a reader sees, without markup: each paragraph, heading and
    /// code block on a line of its own (joined by "\n"), line breaks inside
    /// them as spaces, images left out. For search, summaries and reading time.
    ///
    /// Kept as UTF-8 and made a String on each access (decoding Thai text
    /// costs as much as writing it): read it once per page.
    public var plainText: String {
        get { String(decoding: plainTextUTF8, as: UTF8.self) }
        set { plainTextUTF8 = Array(newValue.utf8) }
    }

    /// `plainText` as UTF-8 bytes, for writers that want bytes anyway (a search index).
    public var plainTextUTF8: [UInt8]

    /// The file line where quotes, lists, emphasis and links went more than
    /// ``Markdown/deepestNesting`` deep inside one another, if they did:
    /// the HTML is written anyway, and the caller says it is an error.
    public var tooDeepLine: Int?

    /// A rendered document.
    public init(html: String, headings: [MarkdownHeading], plainText: String) {
        self.init(html: html, headings: headings, plainTextUTF8: Array(plainText.utf8))
    }

    /// A rendered document whose plain text is given as UTF-8.
    public init(html: String, headings: [MarkdownHeading], plainTextUTF8: [UInt8]) {
        self.html = html
        self.headings = headings
        self.plainTextUTF8 = plainTextUTF8
    }
}
