import CCmark

/// Walks cmark's tree once and writes the HTML and the plain text.
///
/// Everything cmark's own `cmark_render_html` does is done the same way, byte
/// for byte, so that only the extensions differ: heading ids, image sizes
/// and loading hints, links sent through the resolver, and safe mode's raw
/// HTML and dangerous URLs removed rather than commented out or emptied.
struct HTMLWriter {
    private var html: ByteBuffer
    private var plain: ByteBuffer
    private let options: MarkdownOptions
    private let headings: [MarkdownHeading]
    private var nextHeading = 0
    private var locator: LinkLocator
    private let firstLine: Int
    /// End line of the paragraph or heading being written: links are looked for up to it.
    private var blockEndLine = 0
    /// Whether each open link wrote its `<a>` (a dropped link writes none).
    private var openLinks: [Bool] = []
    /// The image whose description is being written as its alt text (cmark's
    /// "plain" mode: only text gets through), and how it ends.
    private var altOf: OpaquePointer?
    private var altEnding: ImageEnding = .dropped
    /// Set on entering a block with text: a "\n" goes into the plain text
    /// before that block's first word.
    private var plainBlockPending = false
    /// How many containers (quotes, lists, items, emphasis, links…) are open.
    private var depth = 0
    /// The file line where containers first went deeper than ``Markdown/deepestNesting``.
    private(set) var tooDeepLine: Int?

    init(source: UnsafeBufferPointer<UInt8>, firstLine: Int, options: MarkdownOptions, headings: [MarkdownHeading]) {
        // HTML is a little longer than its Markdown; one allocation in the common case.
        html = ByteBuffer(capacity: source.count + source.count / 4 + 64)
        plain = ByteBuffer(capacity: source.count)
        self.options = options
        self.headings = headings
        self.firstLine = firstLine
        locator = LinkLocator(source: source, firstLine: firstLine)
    }

    /// Renders the tree under `root`, asking `resolve` about each allowed link.
    mutating func write(_ root: CmarkNode, resolve: (MarkdownLink) -> MarkdownLinkTarget) -> (html: String, plainText: [UInt8]) {
        guard let iterator = cmark_iter_new(root.pointer) else { return ("", []) }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            guard event != CMARK_EVENT_DONE, let pointer = cmark_iter_get_node(iterator) else { break }
            let entering = event == CMARK_EVENT_ENTER
            countDepth(CmarkNode(pointer), entering: entering)
            if altOf == pointer {
                altOf = nil
                finishImage()
            } else if altOf != nil {
                writeAltText(CmarkNode(pointer))
            } else {
                write(CmarkNode(pointer), entering: entering, resolve: resolve)
            }
        }
        return (html.string(), plain.bytes)
    }

    /// Counts containers in and out, the document itself aside; leaves
    /// (text, code, breaks, rules) are entered and never left.
    private mutating func countDepth(_ node: CmarkNode, entering: Bool) {
        switch node.type {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE,
             CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
            return
        default:
            depth += entering ? 1 : -1
            if depth > Markdown.deepestNesting, tooDeepLine == nil {
                tooDeepLine = firstLine + max(node.startLine, 1) - 1
            }
        }
    }

    private mutating func write(_ node: CmarkNode, entering: Bool, resolve: (MarkdownLink) -> MarkdownLinkTarget) {
        switch node.type {
        case CMARK_NODE_BLOCK_QUOTE:
            html.newlineUnlessAtLineStart()
            html.append(entering ? "<blockquote>\n" : "</blockquote>\n")
        case CMARK_NODE_LIST:
            writeList(node, entering: entering)
        case CMARK_NODE_ITEM:
            if entering {
                html.newlineUnlessAtLineStart()
                html.append("<li>")
            } else {
                html.append("</li>\n")
            }
        case CMARK_NODE_HEADING:
            writeHeading(node, entering: entering)
        case CMARK_NODE_CODE_BLOCK:
            writeCodeBlock(node)
        case CMARK_NODE_HTML_BLOCK:
            if options.unsafeHTML {
                html.newlineUnlessAtLineStart()
                html.append(node.literal)
                html.newlineUnlessAtLineStart()
            }
        case CMARK_NODE_THEMATIC_BREAK:
            html.newlineUnlessAtLineStart()
            html.append("<hr />\n")
        case CMARK_NODE_PARAGRAPH:
            writeParagraph(node, entering: entering)
        case CMARK_NODE_TEXT:
            html.appendEscapingHTML(node.literal)
            appendPlain(node.literal)
        case CMARK_NODE_LINEBREAK:
            html.append("<br />\n")
            appendPlain(" ")
        case CMARK_NODE_SOFTBREAK:
            html.append(UInt8(ascii: "\n"))
            appendPlain(" ")
        case CMARK_NODE_CODE:
            html.append("<code>")
            html.appendEscapingHTML(node.literal)
            html.append("</code>")
            appendPlain(node.literal)
        case CMARK_NODE_HTML_INLINE:
            if options.unsafeHTML { html.append(node.literal) }
        case CMARK_NODE_STRONG:
            html.append(entering ? "<strong>" : "</strong>")
        case CMARK_NODE_EMPH:
            html.append(entering ? "<em>" : "</em>")
        case CMARK_NODE_LINK:
            if entering { openLink(node, resolve: resolve) } else { closeLink() }
        case CMARK_NODE_IMAGE:
            // Only entered here: its exit is met in alt-text mode (see `write(_:resolve:)`).
            openImage(node, resolve: resolve)
        default:
            // The document node itself, and custom nodes, which parsing never makes.
            break
        }
    }

    // MARK: Blocks

    private mutating func writeList(_ node: CmarkNode, entering: Bool) {
        guard entering else {
            html.append(node.isBulletList ? "</ul>\n" : "</ol>\n")
            return
        }
        html.newlineUnlessAtLineStart()
        if node.isBulletList {
            html.append("<ul>\n")
        } else if node.listStart == 1 {
            html.append("<ol>\n")
        } else {
            html.append("<ol start=\"")
            html.append(decimal: node.listStart)
            html.append("\">\n")
        }
    }

    private mutating func writeHeading(_ node: CmarkNode, entering: Bool) {
        let level = UInt8(ascii: "0") + UInt8(clamping: node.headingLevel)
        guard entering else {
            html.append("</h")
            html.append(level)
            html.append(">\n")
            return
        }
        enterTextBlock(node)
        html.newlineUnlessAtLineStart()
        html.append("<h")
        html.append(level)
        // The collector found the same headings in the same order.
        if nextHeading < headings.count {
            html.append(" id=\"")
            html.appendEscapingHTML(headings[nextHeading].id)
            html.append("\"")
            nextHeading += 1
        }
        html.append(">")
    }

    private mutating func writeCodeBlock(_ node: CmarkNode) {
        html.newlineUnlessAtLineStart()
        let info = node.fenceInfo
        if info.isEmpty {
            html.append("<pre><code>")
        } else {
            // The first word of the info string names the language.
            let end = info.firstIndex { [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains($0) } ?? info.endIndex
            html.append("<pre><code class=\"language-")
            html.appendEscapingHTML(UnsafeBufferPointer(rebasing: info[..<end]))
            html.append("\">")
        }
        let code = node.literal
        html.appendEscapingHTML(code)
        html.append("</code></pre>\n")

        plainBlockPending = true
        let trimmed = code.lastIndex { $0 != UInt8(ascii: "\n") }.map { $0 + 1 } ?? 0
        appendPlain(UnsafeBufferPointer(rebasing: code[..<trimmed]))
    }

    private mutating func writeParagraph(_ node: CmarkNode, entering: Bool) {
        if entering { enterTextBlock(node) }
        // A tight list's paragraphs are written without <p>.
        if let list = node.parent?.parent, list.type == CMARK_NODE_LIST, list.isTightList { return }
        if entering {
            html.newlineUnlessAtLineStart()
            html.append("<p>")
        } else {
            html.append("</p>\n")
        }
    }

    private mutating func enterTextBlock(_ node: CmarkNode) {
        blockEndLine = node.endLine
        plainBlockPending = true
    }

    // MARK: Links and images

    private mutating func openLink(_ node: CmarkNode, resolve: (MarkdownLink) -> MarkdownLinkTarget) {
        let url = node.url
        let target: MarkdownLinkTarget
        if !options.unsafeHTML && DangerousURL.isDangerous(url, image: false) {
            target = .drop
        } else {
            let opener: LinkLocator.Opener = looksLikeAutolink(node) ? .autolinkOrLink : .link
            target = resolve(link(node, kind: .link, opener: opener))
        }
        let href: String?
        switch target {
        case .keep: href = nil
        case .url(let replaced), .image(let replaced, _, _): href = replaced
        case .drop:
            openLinks.append(false)
            return
        }
        openLinks.append(true)
        html.append("<a href=\"")
        if let href { html.appendEscapingHref(href) } else { html.appendEscapingHref(url) }
        let title = node.title
        if !title.isEmpty {
            html.append("\" title=\"")
            html.appendEscapingHTML(title)
        }
        html.append("\">")
    }

    private mutating func closeLink() {
        if openLinks.popLast() ?? false { html.append("</a>") }
    }

    /// How an image's `<img` tag ends once its alt text is written.
    private enum ImageEnding {
        /// Not an image any more: the alt text was written as text.
        case dropped
        case tag(title: UnsafeBufferPointer<UInt8>, width: Int?, height: Int?)
    }

    private mutating func openImage(_ node: CmarkNode, resolve: (MarkdownLink) -> MarkdownLinkTarget) {
        altOf = node.pointer
        let url = node.url
        let target: MarkdownLinkTarget
        if !options.unsafeHTML && DangerousURL.isDangerous(url, image: true) {
            target = .drop
        } else {
            target = resolve(link(node, kind: .image, opener: .image))
        }
        let src: String?
        switch target {
        case .keep:
            src = nil
            altEnding = .tag(title: node.title, width: nil, height: nil)
        case .url(let replaced):
            src = replaced
            altEnding = .tag(title: node.title, width: nil, height: nil)
        case .image(let replaced, let width, let height):
            src = replaced
            altEnding = .tag(title: node.title, width: width, height: height)
        case .drop:
            altEnding = .dropped
            return
        }
        html.append("<img src=\"")
        if let src { html.appendEscapingHref(src) } else { html.appendEscapingHref(url) }
        html.append("\" alt=\"")
    }

    /// Inside an image's description only the words count: cmark's plain mode.
    private mutating func writeAltText(_ node: CmarkNode) {
        switch node.type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            html.appendEscapingHTML(node.literal)
        case CMARK_NODE_HTML_INLINE:
            if options.unsafeHTML { html.appendEscapingHTML(node.literal) }
        case CMARK_NODE_LINEBREAK, CMARK_NODE_SOFTBREAK:
            html.append(UInt8(ascii: " "))
        default:
            break
        }
    }

    private mutating func finishImage() {
        guard case .tag(let title, let width, let height) = altEnding else { return }
        if !title.isEmpty {
            html.append("\" title=\"")
            html.appendEscapingHTML(title)
        }
        html.append("\"")
        if let width {
            html.append(" width=\"")
            html.append(decimal: width)
            html.append("\"")
        }
        if let height {
            html.append(" height=\"")
            html.append(decimal: height)
            html.append("\"")
        }
        html.append(" loading=\"lazy\" decoding=\"async\" />")
    }

    private mutating func link(_ node: CmarkNode, kind: MarkdownLink.Kind, opener: LinkLocator.Opener) -> MarkdownLink {
        let position = locator.locate(
            hintLine: node.startLine, hintColumn: node.startColumn, blockEndLine: blockEndLine, opener: opener
        )
        return MarkdownLink(
            kind: kind, destination: node.url.string, title: node.title.string,
            line: position.line, column: position.column
        )
    }

    /// `<https://x>` and `<a@b.th>` become links whose only text is their
    /// URL (less `mailto:`), untitled; such a link may start with `<`.
    private func looksLikeAutolink(_ node: CmarkNode) -> Bool {
        guard node.title.isEmpty, let text = node.firstChild, text.type == CMARK_NODE_TEXT, text.next == nil else {
            return false
        }
        let url = node.url, literal = text.literal
        let mailto: StaticString = "mailto:"
        let prefix = url.count - literal.count
        guard prefix == 0 || prefix == mailto.utf8CodeUnitCount else { return false }
        return url.elementsEqual(literal) || (
            url.prefix(prefix).elementsEqual(UnsafeBufferPointer(start: mailto.utf8Start, count: prefix))
                && url[prefix...].elementsEqual(literal)
        )
    }

    // MARK: Plain text

    private mutating func appendPlain(_ text: UnsafeBufferPointer<UInt8>) {
        guard !text.isEmpty else { return }
        if plainBlockPending {
            plainBlockPending = false
            if !plain.isEmpty { plain.append(UInt8(ascii: "\n")) }
        }
        plain.append(text)
    }

    private mutating func appendPlain(_ text: StaticString) {
        text.withUTF8Buffer { appendPlain($0) }
    }
}
