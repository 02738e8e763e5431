import Content
import Diagnostics
import Foundation

/// The machine outputs of a model (site.md): RSS, Atom and JSON Feed of the
/// latest releases, `sitemap.xml` of every public page, and `robots.txt`.
struct FeedSource: Sendable {
    let model: SiteModel

    static let rss = "/feed.xml"
    static let atom = "/atom.xml"
    static let json = "/feed.json"
    static let sitemap = "/sitemap.xml"
    static let robots = "/robots.txt"

    /// The feeds, the sitemap and robots.txt.
    func write(to output: some BuildOutput, renderedPaths: [String]) -> [Diagnostic] {
        let urls = model.directory.urls
        let configuration = model.directory.configuration
        return writeFeeds(to: output) + Self.write([
            (Self.sitemap, Sitemap.render(sitemapEntries(renderedPaths), baseURL: urls.absolute(SiteURLs.home), timeZone: configuration.timeZone)),
            (Self.robots, RobotsText.render(sitemapURL: urls.absolute(Self.sitemap))),
        ], to: output)
    }

    /// The feeds alone: all that changes when the body of a release among
    /// the latest does (the sitemap knows only dates).
    func writeFeeds(to output: some BuildOutput) -> [Diagnostic] {
        let directory = model.directory
        let configuration = directory.configuration
        let urls = directory.urls
        let latest = directory.releases.prefix(configuration.feedItems)
        let items = latest.map { release in
            FeedItem(url: urls.absolute(release.url), title: release.release.title, summary: release.summary,
                     contentHTML: release.body.html, published: release.release.date, tags: release.release.tags,
                     language: release.release.language)
        }
        // The newest release, not the build time: building twice gives the same bytes.
        let updated = directory.releases.first?.release.date ?? Date(timeIntervalSince1970: 0)
        let channel = FeedChannel(
            title: configuration.title, description: "ข่าวประชาสัมพันธ์ของ\(configuration.title)", language: configuration.language,
            homeURL: urls.absolute(SiteURLs.home), rssURL: urls.absolute(Self.rss), atomURL: urls.absolute(Self.atom),
            jsonURL: urls.absolute(Self.json), updated: updated, timeZone: configuration.timeZone,
            author: configuration.organisation.department ?? configuration.title)
        return Self.write([
            (Self.rss, RSSFeed.render(channel: channel, items: Array(items))),
            (Self.atom, AtomFeed.render(channel: channel, items: Array(items))),
            (Self.json, JSONFeed.render(channel: channel, items: Array(items))),
        ], to: output)
    }

    private static func write(_ files: [(String, [UInt8])], to output: some BuildOutput) -> [Diagnostic] {
        var diagnostics = [Diagnostic]()
        for (path, bytes) in files {
            do { try output.write(SiteURLs.file(for: path), bytes) } catch {
                diagnostics.append(.writeFailure(error, path: SiteURLs.file(for: path)))
            }
        }
        return diagnostics
    }

    /// Every public page, with the date it last changed where the site knows
    /// one; printable copies (marked noindex) and the 404 page are left out.
    private func sitemapEntries(_ paths: [String]) -> [SitemapEntry] {
        let directory = model.directory
        var dates = [String: Date]()
        for release in directory.releases {
            dates[release.url] = release.release.publishAt ?? release.release.date
        }
        let newest = directory.releases.first.map { $0.release.publishAt ?? $0.release.date }
        dates[SiteURLs.home] = newest
        dates[SiteURLs.news] = newest
        return paths.filter { !SiteURLs.isPrintDocument($0) && $0 != "/404.html" }.map { SitemapEntry(path: $0, lastModified: dates[$0]) }
    }
}
