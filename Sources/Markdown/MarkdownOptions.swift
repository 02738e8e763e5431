/// How `Markdown.render` treats untrusted input.
///
/// ```swift
/// Markdown.render(body, options: MarkdownOptions(unsafeHTML: site.unsafeHTML)) { _ in .keep }
/// ```
public struct MarkdownOptions: Sendable, Equatable {
    /// When false (the default, quality.md "Untrusted text stays text"), raw
    /// HTML blocks and inline HTML are removed entirely and links to
    /// `javascript:`, `vbscript:`, `file:` and `data:` URLs lose their link
    /// (their text stays). When true, raw HTML and every URL pass through as
    /// cmark's own unsafe mode would let them: a site opts in with
    /// `unsafe_html: true` in site.yaml.
    public var unsafeHTML: Bool

    /// Options with raw HTML off unless asked for.
    public init(unsafeHTML: Bool = false) {
        self.unsafeHTML = unsafeHTML
    }
}
