import CCmark
import Foundation
import Markdown

/// The HTML of `markdown` with every link kept as written.
func html(_ markdown: String, unsafeHTML: Bool = false) -> String {
    Markdown.render(markdown, options: MarkdownOptions(unsafeHTML: unsafeHTML)) { _ in .keep }.html
}

/// What cmark's own renderer writes for `markdown` (safe mode unless told).
func cmarkHTML(_ markdown: String, options: Int32 = CMARK_OPT_DEFAULT) -> String {
    var markdown = markdown
    return markdown.withUTF8 { bytes in
        bytes.withMemoryRebound(to: CChar.self) { text in
            guard let rendered = cmark_markdown_to_html(text.baseAddress, text.count, options) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }
}

/// The links the resolver was asked about, in order, each kept as written.
func links(in markdown: String, firstLine: Int = 1) -> [MarkdownLink] {
    var seen: [MarkdownLink] = []
    _ = Markdown.render(markdown, firstLine: firstLine) { link in
        seen.append(link)
        return .keep
    }
    return seen
}

/// A release's body: what follows the closing `---` of its front matter.
func body(ofFixture name: String) throws -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: "md", subdirectory: "Fixtures") else {
        throw FixtureMissing(name: name)
    }
    let text = try String(contentsOf: url, encoding: .utf8)
    let parts = text.components(separatedBy: "\n---\n")
    return parts.count > 1 ? parts.dropFirst().joined(separator: "\n---\n") : text
}

struct FixtureMissing: Error {
    var name: String
}
