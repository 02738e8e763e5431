import Content
import Diagnostics
import Foundation
import Markdown
import Templates
import Thai

/// The Markdown body of a release or standing page, rendered: its HTML, its
/// headings (for tables of contents and anchor checks) and its text.
struct RenderedBody: Sendable {
    var html: String
    var headings: [MarkdownHeading]
    var plainText: String
    /// Links to headings, checked once every page's headings are known.
    var anchors: [AnchorReference]
    /// The sources under `content/` its links name, published or not: the
    /// body is the same in another build whose map puts them at the same places.
    var linkedSources: Set<String>
    var diagnostics: [Diagnostic]
}

extension RenderedBody {
    /// The headings of levels 2 and 3 (and a stray 1), for `page.toc`:
    /// `{% for h in page.toc %}<a href="#{{ h.id }}">{{ h.title }}</a>{% endfor %}`.
    var tableOfContents: Value {
        .list(headings.filter { $0.level <= 3 }.map { heading in
            ["level": .integer(heading.level), "id": .text(heading.id), "title": .text(heading.text)]
        })
    }
}

/// A link to `#fragment` of another (or the same) source, written at a place.
struct AnchorReference: Sendable {
    var target: String
    var fragment: String
    var path: String
    var line: Int
    var column: Int
}

/// Renders Markdown bodies, rewriting links to other sources into their
/// URLs, sizing images, and reporting links to nothing.
struct BodyRenderer: Sendable {
    let map: SourceMap
    let urls: SiteURLs
    let siteFolder: String
    let options: MarkdownOptions

    func render(_ body: String, firstLine: Int, source: String) -> RenderedBody {
        var anchors = [AnchorReference]()
        var linked = Set<String>()
        var diagnostics = [Diagnostic]()
        let rendered = Markdown.render(body, firstLine: firstLine, options: options) { link in
            resolve(link, source: source, anchors: &anchors, linked: &linked, diagnostics: &diagnostics)
        }
        if let line = rendered.tooDeepLine {
            diagnostics.append(.error("quotes, lists and emphasis are nested more than \(Markdown.deepestNesting) deep here", path: source, line: line, column: 1,
                                      code: "too-deep", hint: "a quote or list inside another needs a level or two: look for a long run of > or * or indented items"))
        }
        return RenderedBody(html: rendered.html, headings: rendered.headings, plainText: rendered.plainText,
                            anchors: anchors, linkedSources: linked, diagnostics: diagnostics)
    }

    /// True when `body`, rendered through `map`, would come out the same through this renderer's map.
    func wouldKeep(_ body: RenderedBody, renderedThrough map: SourceMap) -> Bool {
        body.linkedSources.allSatisfy { self.map.page($0) == map.page($0) && self.map.file($0) == map.file($0) }
    }

    private func resolve(_ link: MarkdownLink, source: String, anchors: inout [AnchorReference], linked: inout Set<String>,
                         diagnostics: inout [Diagnostic]) -> MarkdownLinkTarget {
        let destination = link.destination
        // Links out of the site, and protocol-relative ones, stay as written.
        if LinkSafety.scheme(of: destination) != nil || destination.hasPrefix("//") { return .keep }
        let (pathPart, fragment) = split(destination)
        if pathPart.isEmpty {
            if let fragment { anchors.append(AnchorReference(target: source, fragment: fragment, path: source, line: link.line, column: link.column)) }
            return .keep
        }
        let decoded = pathPart.removingPercentEncoding ?? pathPart
        guard let target = SourceMap.resolve(decoded, from: source) else {
            diagnostics.append(.error("the link \"\(destination)\" leads out of content/", path: source, line: link.line, column: link.column,
                                      code: "broken-link", hint: "link to a file inside content/, relative to this one"))
            return .drop
        }
        linked.insert(target)
        if let page = map.page(target) {
            if let fragment { anchors.append(AnchorReference(target: target, fragment: fragment, path: source, line: link.line, column: link.column)) }
            return .url(urls.link(page) + (fragment.map { "#" + $0 } ?? ""))
        }
        if let file = map.file(target) {
            let url = urls.link(file) + (fragment.map { "#" + $0 } ?? "")
            guard link.kind == .image else { return .url(url) }
            let size = try? ImageSize.read(path: siteFolder + "/" + target)
            return .image(url: url, width: size?.width, height: size?.height)
        }
        if map.unloaded.contains(target) { return .keep }
        if pathPart.hasPrefix("/") && !target.hasSuffix(".md") {
            // A site path outside content/ (`/images/…` served by the web
            // server from elsewhere): kept, under the base path, but said,
            // since a reader may find nothing there.
            diagnostics.append(.warning("the \(link.kind == .image ? "image" : "link") \"\(destination)\" is not a file under content/; it is linked as written",
                                        path: source, line: link.line, column: link.column, code: "outside-link",
                                        hint: "put the file under content/ so the build copies and checks it"))
            return .url(urls.link(pathPart) + (fragment.map { "#" + $0 } ?? ""))
        }
        let what = target.hasSuffix(".md") ? "a page that is not published (a draft, a future date, or no such file)" : "no file"
        diagnostics.append(.error("the link \"\(destination)\" points at \(what): \(target)", path: source, line: link.line, column: link.column,
                                  code: "broken-link", hint: "check the file name; links are relative to the file they are written in"))
        return .drop
    }

    /// `x.md#หัวข้อ` → (`x.md`, `หัวข้อ`); a query is dropped with the path.
    private func split(_ destination: String) -> (path: String, fragment: String?) {
        var path = Substring(destination)
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            let raw = String(path[path.index(after: hash)...])
            fragment = raw.removingPercentEncoding ?? raw
            path = path[..<hash]
        }
        if let question = path.firstIndex(of: "?") { path = path[..<question] }
        return (String(path), fragment)
    }
}

/// Checks that every `#fragment` a link names is a heading of its page.
enum AnchorCheck {
    static func diagnostics(_ references: [AnchorReference], headings: [String: [String]]) -> [Diagnostic] {
        references.compactMap { reference in
            guard let ids = headings[reference.target], !ids.contains(reference.fragment) else { return nil }
            let hint = Suggestion.hint(for: reference.fragment, among: ids)
                ?? (ids.isEmpty ? "that page has no headings" : "its headings are #\(ids.prefix(8).joined(separator: ", #"))")
            return .error("\"#\(reference.fragment)\" is not a heading of \(reference.target)", path: reference.path,
                          line: reference.line, column: reference.column, code: "broken-anchor", hint: hint)
        }
    }
}
