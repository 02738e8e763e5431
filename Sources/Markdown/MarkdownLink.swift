/// A link or image met while rendering, handed to the resolver so that the
/// site can rewrite it (source file → page URL), size it, or report it.
///
/// For `[ข่าว](../2555/x.md#หัวข้อ)` on the third line of a body that starts
/// on file line 9, the resolver sees
/// `MarkdownLink(kind: .link, destination: "../2555/x.md#หัวข้อ", title: "", line: 11, column: 1)`.
public struct MarkdownLink: Sendable, Equatable {
    /// Whether the destination is a page to go to or a picture to show.
    public enum Kind: Sendable, Equatable {
        /// `[text](destination)`, `[text][ref]`, `<https://autolink>`.
        case link
        /// `![alt](destination)`.
        case image
    }

    /// A link or an image.
    public var kind: Kind
    /// The destination as written, after cmark has decoded its entities and
    /// backslash escapes (`a&amp;b` → `a&b`); for a reference-style link, the
    /// definition's destination. Not percent-decoded.
    public var destination: String
    /// The link's title (`[a](b "title")`), or "" when it has none.
    public var title: String
    /// The file line (1-based) of the link's `[` (`![` for images, `<` for
    /// autolinks): the line where it is used, not where a reference is defined.
    public var line: Int
    /// The column of that `[`, 1-based and counted in Unicode scalars, so
    /// that a Thai line's column matches what an editor shows.
    public var column: Int

    /// A link as the renderer reports it.
    public init(kind: Kind, destination: String, title: String = "", line: Int, column: Int) {
        self.kind = kind
        self.destination = destination
        self.title = title
        self.line = line
        self.column = column
    }
}
