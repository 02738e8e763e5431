import CCmark

/// Markdown through cmark's node API (issue 5): one parse, one walk.
///
/// ```swift
/// let page = Markdown.render(body, firstLine: 9) { link in
///     link.destination.hasSuffix(".md") ? .url(pageURL(for: link.destination)) : .keep
/// }
/// page.html        // "<h2 id=\"ข่าวประชาสัมพันธ์\">ข่าวประชาสัมพันธ์</h2>\n<p>…"
/// page.headings    // [MarkdownHeading(level: 2, text: "ข่าวประชาสัมพันธ์", id: "ข่าวประชาสัมพันธ์", line: 9)]
/// page.plainText   // "ข่าวประชาสัมพันธ์\n…"
/// ```
public enum Markdown {
    /// The most containers (quotes, lists, emphasis, links) one inside
    /// another that a document may have: a real one needs a few, and
    /// thousands of `>` are a mistake or an attack on whatever reads the
    /// HTML next. Deeper ones are marked (``RenderedMarkdown/tooDeepLine``).
    public static let deepestNesting = 100

    /// Parses and renders `text`, the body of a release that starts on file
    /// line `firstLine`, in one pass.
    ///
    /// Safe to call from many threads at once: each call owns its tree and
    /// buffers, and frees the tree before returning.
    ///
    /// - Parameters:
    ///   - text: CommonMark (no extensions, no smart punctuation).
    ///   - firstLine: the file line of the body's first line, so that the
    ///     positions given to `resolve` and in the headings are file positions.
    ///   - options: whether raw HTML and every URL are let through.
    ///   - resolve: asked once for each link and image, in document order,
    ///     except those whose URL safe mode removes; says what to write.
    public static func render(
        _ text: some StringProtocol,
        firstLine: Int = 1,
        options: MarkdownOptions = .init(),
        resolve: (MarkdownLink) -> MarkdownLinkTarget
    ) -> RenderedMarkdown {
        if let rendered = text.utf8.withContiguousStorageIfAvailable({
            render(bytes: $0, firstLine: firstLine, options: options, resolve: resolve)
        }) {
            return rendered
        }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { render(bytes: $0, firstLine: firstLine, options: options, resolve: resolve) }
    }

    private static func render(
        bytes: UnsafeBufferPointer<UInt8>,
        firstLine: Int,
        options: MarkdownOptions,
        resolve: (MarkdownLink) -> MarkdownLinkTarget
    ) -> RenderedMarkdown {
        // SOURCEPOS makes cmark count the lines inside code spans and raw HTML
        // in the positions of the inlines after them; the links need them.
        let parsed = bytes.withMemoryRebound(to: CChar.self) {
            cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS)
        }
        guard let parsed else { return RenderedMarkdown(html: "", headings: [], plainTextUTF8: []) }
        defer { cmark_node_free(parsed) }

        let root = CmarkNode(parsed)
        let headings = HeadingCollector.headings(in: root, firstLine: firstLine)
        var writer = HTMLWriter(source: bytes, firstLine: firstLine, options: options, headings: headings)
        let (html, plainText) = writer.write(root, resolve: resolve)
        var rendered = RenderedMarkdown(html: html, headings: headings, plainTextUTF8: plainText)
        rendered.tooDeepLine = writer.tooDeepLine
        return rendered
    }
}
