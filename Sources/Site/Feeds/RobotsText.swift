/// `robots.txt`: every crawler may read everything, and is told where the
/// sitemap is (the one line crawlers look for besides the rules).
///
/// ```swift
/// RobotsText.render(sitemapURL: "https://www.cpd.go.th/sitemap.xml")
/// // "User-agent: *\nAllow: /\nSitemap: https://www.cpd.go.th/sitemap.xml\n"
/// ```
public enum RobotsText {
    /// The file's UTF-8 bytes. `sitemapURL` must be absolute (the
    /// robots.txt standard, RFC 9309, asks a full URL there).
    public static func render(sitemapURL: String) -> [UInt8] {
        Array("User-agent: *\nAllow: /\nSitemap: \(sitemapURL)\n".utf8)
    }
}
