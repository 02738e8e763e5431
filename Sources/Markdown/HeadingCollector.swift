import CCmark
import Thai

/// Finds a document's headings before it is rendered, so that each `<hN>`
/// can be written with its id straight away and an id that a later heading
/// earns by its own text is never taken by an earlier duplicate.
enum HeadingCollector {
    /// The headings under `root` in document order, with unique ids.
    static func headings(in root: CmarkNode, firstLine: Int) -> [MarkdownHeading] {
        var found: [(node: CmarkNode, text: String, base: String)] = []
        collect(from: root, into: &found)
        guard !found.isEmpty else { return [] }

        var assigner = HeadingIDs(reserved: found.map(\.base))
        return found.map { heading in
            MarkdownHeading(
                level: heading.node.headingLevel,
                text: heading.text,
                id: assigner.unique(heading.base),
                line: heading.node.startLine + firstLine - 1
            )
        }
    }

    /// Walks blocks only: headings live in the document, block quotes and
    /// list items, never inside inline content, so inlines are not visited.
    private static func collect(from container: CmarkNode, into found: inout [(node: CmarkNode, text: String, base: String)]) {
        var child = container.firstChild
        while let node = child {
            switch node.type {
            case CMARK_NODE_HEADING:
                let text = plainText(of: node)
                found.append((node, text, Slug.make(text) ?? "section"))
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM:
                collect(from: node, into: &found)
            default:
                break
            }
            child = node.next
        }
    }

    /// The heading's words: text and code, breaks as spaces, raw HTML left out.
    private static func plainText(of heading: CmarkNode) -> String {
        var text = ByteBuffer(capacity: 64)
        guard let iterator = cmark_iter_new(heading.pointer) else { return "" }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                  let pointer = cmark_iter_get_node(iterator) else { continue }
            let node = CmarkNode(pointer)
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text.append(node.literal)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text.append(UInt8(ascii: " "))
            default: break
            }
        }
        return text.string()
    }
}
