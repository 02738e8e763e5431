/// What the resolver wants done with a link or image.
///
/// ```swift
/// Markdown.render(body) { link in
///     if link.destination.hasSuffix(".md") { return .url("/news/2555/x/") }
///     if link.kind == .image { return .image(url: link.destination, width: 800, height: 600) }
///     return .keep
/// }
/// ```
public enum MarkdownLinkTarget: Sendable, Equatable {
    /// Render the destination as written.
    case keep
    /// Render `url` instead of the destination.
    case url(String)
    /// Render `url`, and for an image its `width` and `height` attributes
    /// when known. For a link it means the same as `.url(url)`.
    case image(url: String, width: Int?, height: Int?)
    /// Keep the link's text (an image's alt text) and drop the link itself.
    case drop
}
