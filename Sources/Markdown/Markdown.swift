// TEMPORARY stub of the agreed API, replaced by the Markdown work on merge.
public enum Markdown {
    public static func render(_ text: some StringProtocol, firstLine: Int = 1, options: MarkdownOptions = .init(),
                              resolve: (MarkdownLink) -> MarkdownLinkTarget) -> RenderedMarkdown {
        RenderedMarkdown(html: String(text), headings: [], plainText: String(text))
    }
}
public struct MarkdownOptions: Sendable { public var unsafeHTML = false; public init(unsafeHTML: Bool = false) { self.unsafeHTML = unsafeHTML } }
public struct MarkdownLink: Sendable, Equatable {
    public enum Kind: Sendable { case link, image }
    public var kind: Kind
    public var destination: String
    public var title: String
    public var line: Int
    public var column: Int
}
public enum MarkdownLinkTarget: Sendable, Equatable { case keep; case url(String); case image(url: String, width: Int?, height: Int?); case drop }
public struct MarkdownHeading: Sendable, Equatable { public var level: Int; public var text: String; public var id: String; public var line: Int }
public struct RenderedMarkdown: Sendable { public var html: String; public var headings: [MarkdownHeading]; public var plainText: String }
