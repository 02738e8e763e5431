import Foundation
import Site
import Testing

@Suite("sitemap.xml and robots.txt")
struct SitemapTests {
    let entries = [
        SitemapEntry(path: "/", lastModified: FeedFixtures.date("2012-12-31T23:30:00+07:00")),
        SitemapEntry(path: "/tags/สหกรณ์/", lastModified: FeedFixtures.date("2012-09-20T10:00:00+07:00")),
        SitemapEntry(path: "/about/"),
        SitemapEntry(path: "/news/2555/a&b/", lastModified: FeedFixtures.date("2012-09-19T17:00:00Z")),
    ]

    @Test func everyPageHasAnAbsoluteEncodedLocAndItsLastmodInOrder() throws {
        let bytes = Sitemap.render(entries, baseURL: "https://www.cpd.go.th/", timeZone: FeedFixtures.bangkok)
        let urlset = try XMLNode.parse(bytes)
        #expect(urlset.name == "urlset")
        #expect(urlset.attributes["xmlns"] == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let urls = urlset.all("url")
        #expect(urls.map { $0["loc"] } == [
            "https://www.cpd.go.th/",
            "https://www.cpd.go.th/tags/%E0%B8%AA%E0%B8%AB%E0%B8%81%E0%B8%A3%E0%B8%93%E0%B9%8C/",
            "https://www.cpd.go.th/about/",
            "https://www.cpd.go.th/news/2555/a%26b/",
        ])
        // A date late in the UTC day is the next day in Bangkok.
        #expect(urls.map { $0["lastmod"] } == ["2012-12-31T23:30:00+07:00", "2012-09-20T10:00:00+07:00", nil, "2012-09-20T00:00:00+07:00"])
        #expect(Sitemap.render(entries, baseURL: "https://www.cpd.go.th/", timeZone: FeedFixtures.bangkok) == bytes)
    }

    @Test func robotsAllowsAllAndNamesTheSitemap() {
        let text = String(decoding: RobotsText.render(sitemapURL: "https://www.cpd.go.th/sitemap.xml"), as: UTF8.self)
        #expect(text == "User-agent: *\nAllow: /\nSitemap: https://www.cpd.go.th/sitemap.xml\n")
    }
}
