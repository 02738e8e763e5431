import Content

/// Where each source file of the site is published: Markdown sources at
/// their page's URL, every other file under `content/` (images, PDFs,
/// attachments) copied beside it. Markdown links point at sources
/// (`../2555/x.md#หัวข้อ`, `chart.png`), and are rewritten through this map.
struct SourceMap: Sendable {
    /// Site path of each Markdown source, by its path (`content/news/2555/x.md` → `/news/2555/x/`).
    private(set) var pages: [String: String] = [:]
    /// Site path of each copied file, by its path.
    private(set) var files: [String: String] = [:]
    /// Sources that had errors and were left out: a link to one is not
    /// reported as a link to nothing, since the build stops anyway.
    var unloaded: Set<String> = []

    mutating func addPage(source: String, url: String) {
        pages[source] = url
    }

    /// A file beside a bundle's `index.md` is published beside its page;
    /// any other file at its place under `content/`.
    mutating func addFile(source: String, bundlePage: (folder: String, url: String)?) {
        if let bundlePage, source.hasPrefix(bundlePage.folder + "/") {
            files[source] = bundlePage.url + source.dropFirst(bundlePage.folder.count + 1)
        } else {
            files[source] = "/" + source.dropFirst("content/".count)
        }
    }

    /// The source a link written in `from` names: `../2555/x.md` from
    /// `content/news/2556/y.md` is `content/news/2555/x.md`; nil when it
    /// climbs out of the site.
    static func resolve(_ link: String, from source: String) -> String? {
        var parts = link.hasPrefix("/") ? ["content"] : source.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        guard parts.first == "content", parts.count > 1 else { return nil }
        return parts.joined(separator: "/")
    }

    func page(_ source: String) -> String? { pages[source] }
    func file(_ source: String) -> String? { files[source] }
}
