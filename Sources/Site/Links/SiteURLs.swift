import Content
import Foundation

/// Every URL of the site, made in one place (layout.md's output tree).
///
/// Paths inside the site start and end with `/` (`/news/2555/ระดมสมอง/`);
/// what pages link to is the public path, with the path of `base_url` in
/// front (a site served from `https://example.org/khao/` links to
/// `/khao/news/`); feeds and canonical links use the absolute URL.
public struct SiteURLs: Sendable {
    /// `https://www.cpd.go.th` (no trailing slash).
    public let origin: String
    /// `/` or `/khao/`: where the site lives on its host.
    public let basePath: String

    /// Splits `baseURL`; nil when it is not an absolute http(s) URL.
    public init?(baseURL: String) {
        guard let components = URLComponents(string: baseURL), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else { return nil }
        origin = "\(scheme)://\(host)" + (components.port.map { ":\($0)" } ?? "")
        let path = components.path.isEmpty ? "/" : components.path
        basePath = path.hasSuffix("/") ? path : path + "/"
    }

    /// The public path of site path `path`: `/news/` → `/khao/news/`.
    public func link(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        return basePath + path.dropFirst()
    }

    /// The public path of a path a template wrote, which may be a site path
    /// (`/news/`) or already a public one (`page.url`, `/khao/news/`): the
    /// `url` and `abs_url` filters take both.
    public func published(_ path: String) -> String {
        basePath != "/" && (path.hasPrefix(basePath) || path + "/" == basePath) ? path : link(path)
    }

    /// The absolute URL of site path `path`.
    public func absolute(_ path: String) -> String {
        origin + link(path)
    }

    // MARK: The output tree

    public static let home = "/"
    public static let news = "/news/"
    public static let tags = "/tags/"
    public static let bureaus = "/bureaus/"
    public static let search = "/search/"

    public static func release(year: Int, slug: String) -> String { "/news/\(year)/\(slug)/" }
    public static func printable(release path: String) -> String { path + "print/" }
    public static func archive(year: Int) -> String { "/news/\(year)/" }
    public static func tag(_ slug: String) -> String { "/tags/\(slug)/" }
    public static func bureau(_ id: String) -> String { "/bureaus/\(id)/" }
    public static func plan(year: Int) -> String { "/plans/\(year)/" }
    public static func project(year: Int, id: String) -> String { "/plans/\(year)/projects/\(id)/" }
    public static func brief(year: Int) -> String { "/briefs/\(year)/" }
    /// A bureau's brief of the plan of `year`.
    public static func brief(year: Int, bureau: String) -> String { "/briefs/\(year)/\(bureau)/" }
    public static func standingPage(_ slug: String) -> String { "/\(slug)/" }

    /// True for the pages made for print (releases' print versions and
    /// briefs): left out of the sitemap, printed by `khao pdf`.
    public static func isPrintDocument(_ path: String) -> Bool {
        path.hasSuffix("/print/") || path.hasPrefix("/briefs/")
    }

    /// Where `khao pdf` writes the PDF of the print document at `path`:
    /// `/news/2555/slug/print/` → `/pdf/news/2555/slug.pdf`,
    /// `/briefs/2556/` → `/pdf/briefs/2556.pdf`, `/briefs/2556/ctt/` → `/pdf/briefs/2556/ctt.pdf`.
    public static func pdf(for path: String) -> String {
        var folder = path.hasSuffix("/print/") ? String(path.dropLast("print/".count)) : path
        if folder.hasSuffix("/") { folder.removeLast() }
        return "/pdf" + folder + ".pdf"
    }

    /// Page `number` of a list at `path`: page 1 is the list itself, then `page/2/`…
    public static func page(_ number: Int, of path: String) -> String {
        number <= 1 ? path : path + "page/\(number)/"
    }

    /// The file a site path is written to: `/news/` → `news/index.html`;
    /// a path naming a file (`/feed.xml`) is that file.
    public static func file(for path: String) -> String {
        let relative = String(path.drop { $0 == "/" })
        return relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
    }
}
