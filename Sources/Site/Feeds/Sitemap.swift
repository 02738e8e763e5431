import Foundation
import Thai

/// One page in `sitemap.xml`.
public struct SitemapEntry: Sendable, Equatable {
    /// The page's path in the site, as layout.md names it (`/tags/สหกรณ์/`),
    /// not yet encoded.
    public var path: String
    /// When the page last changed (a release's date or update), if known.
    public var lastModified: Date?

    public init(path: String, lastModified: Date? = nil) {
        self.path = path
        self.lastModified = lastModified
    }
}

/// `sitemap.xml` (sitemaps.org protocol 0.9): every public page with its
/// absolute, percent-encoded `loc` and a `lastmod` in W3C date-time form
/// with the site's offset, in the order given.
///
/// ```swift
/// Sitemap.render([SitemapEntry(path: "/tags/สหกรณ์/", lastModified: date)],
///                baseURL: "https://www.cpd.go.th/", timeZone: bangkok)
/// // …<loc>https://www.cpd.go.th/tags/%E0%B8%AA…/</loc><lastmod>2012-09-20T10:00:00+07:00</lastmod>…
/// ```
/// The protocol allows 50,000 URLs a file; a site of that size needs a
/// sitemap index, which the build does not write yet.
public enum Sitemap {
    /// The sitemap's XML, UTF-8; the same bytes for the same input.
    public static func render(_ entries: [SitemapEntry], baseURL: String, timeZone: TimeZone) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("urlset", [("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9")])
        for entry in entries {
            xml.open("url")
            xml.element("loc", text: URLPath.absolute(entry.path, base: baseURL))
            if let date = entry.lastModified {
                xml.element("lastmod", text: ISO8601Format.dateTime(date, timeZone: timeZone))
            }
            xml.close("url")
        }
        xml.close("urlset")
        return xml.bytes
    }
}
