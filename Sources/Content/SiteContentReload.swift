import Diagnostics
import Foundation

extension SiteContent {
    /// Is `path` (relative to the site folder) a release or a standing page,
    /// a file ``reloading(_:in:options:)`` can read again: a Markdown file
    /// under `content/news/` or `content/pages/` with no ignored name on the way.
    public static func isReloadable(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard parts.count > 2, parts[0] == "content", parts[1] == "news" || parts[1] == "pages",
              SourceKind(path: path) == .markdown else { return false }
        return !parts.dropFirst(2).contains { SourceFiles.isIgnored(name: String($0)) }
    }

    /// This content with the releases and standing pages at `paths` (relative
    /// to the site folder `root`, each ``isReloadable(_:)``) read again: a
    /// file gone is dropped, a new one added, a release no longer published
    /// taken out; then checked as ``load(folder:options:)`` checks the whole
    /// site (URLs two sources share, links to plans). For `khao serve`, which
    /// reads again only the files that changed. Nil when there are errors.
    ///
    /// The plans and site.yaml are as they were: a change to them is a whole load.
    public func reloading(_ paths: Set<String>, in root: String, options: Options) -> (SiteContent?, [Diagnostic]) {
        var diagnostics = [Diagnostic]()
        var releases = self.releases.filter { !paths.contains($0.path) }
        var pages = self.pages.filter { !paths.contains($0.path) }
        for path in paths.sorted() where FileManager.default.fileExists(atPath: root + "/" + path) {
            if path.hasPrefix("content/news/") {
                let (release, problems) = Self.loadRelease(path, in: root, fallbackSlug: Self.fileSlug(path), site: site)
                diagnostics += problems
                guard let release else { continue }
                // Drafts too: their links to plans must hold when they are published.
                diagnostics += planReferenceProblems(of: release)
                if Self.isPublished(release, options) { releases.append(release) }
            } else {
                let (page, problems) = Self.loadPage(path, in: root, fallbackSlug: Self.fileSlug(path))
                diagnostics += problems
                if let page { pages.append(page) }
            }
        }
        releases = Self.newestFirst(releases)
        // Pages in the order a whole load finds them.
        pages.sort { $0.path < $1.path }
        diagnostics += Self.urlProblems(releases: releases, pages: pages, site: site)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (SiteContent(site: site, releases: releases, pages: pages, plans: plans), diagnostics)
    }
}
