import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The feeds, sitemap and robots.txt of the built example, read back with
/// real parsers, field by field (site.md: valid feeds, absolute links,
/// RFC 822 dates in RSS, unique ids).
@Suite("Feeds and sitemap of the built example")
struct MachineOutputTests {
    /// The example built into a scratch folder, kept alive while a test reads it.
    let site: Scratch

    init() throws {
        site = try Scratch()
        try FileManager.default.copyItem(at: BuildCommandTests.repository.appendingPathComponent("content"),
                                         to: site.url.appendingPathComponent("content"))
        let build = try KhaoProcess.run(["build", "--quiet"], in: site.url)
        #expect(build.status == 0, "\(build.stderr)")
    }

    func file(_ name: String) throws -> Data {
        try Data(contentsOf: site.url.appendingPathComponent("output/" + name))
    }

    @Test func rssHasEveryReleaseNewestFirstWithAbsoluteLinksAndRFC822Dates() throws {
        let document = try XMLDocument(data: try file("feed.xml"))
        let items = try document.nodes(forXPath: "/rss/channel/item")
        #expect(items.count == 5)
        let titles = try items.map { try $0.nodes(forXPath: "title").first?.stringValue ?? "" }
        #expect(titles.first == "กรมส่งเสริมสหกรณ์เดินหน้าแผนปฏิบัติงานปี 2556 เชื่อมงาน 4 สำนักเป็น 4 ขั้นตอน")
        let links = try items.map { try $0.nodes(forXPath: "link").first?.stringValue ?? "" }
        #expect(links.first == "https://www.cpd.go.th/news/2555/fy2556-plan-launch/")
        #expect(Set(links).count == 5)
        let dates = try items.map { try $0.nodes(forXPath: "pubDate").first?.stringValue ?? "" }
        #expect(dates.first == "Wed, 10 Oct 2012 14:00:00 +0700")
        let content = try items.first?.nodes(forXPath: "*[local-name()='encoded']").first?.stringValue ?? ""
        #expect(content.hasPrefix("<p>กรมส่งเสริมสหกรณ์ประกาศใช้แผนปฏิบัติงานประจำปีงบประมาณ พ.ศ. 2556"))
        #expect(try document.nodes(forXPath: "/rss/channel/language").first?.stringValue == "th")
    }

    @Test func atomEntriesHaveIdsDatesAndTheEnglishReleaseMarked() throws {
        let document = try XMLDocument(data: try file("atom.xml"))
        let entries = try document.nodes(forXPath: "/*[local-name()='feed']/*[local-name()='entry']")
        #expect(entries.count == 5)
        let ids = try entries.map { try $0.nodes(forXPath: "*[local-name()='id']").first?.stringValue ?? "" }
        #expect(Set(ids).count == 5)
        #expect(ids.allSatisfy { $0.hasPrefix("https://www.cpd.go.th/news/2555/") })
        let published = try entries.map { try $0.nodes(forXPath: "*[local-name()='published']").first?.stringValue ?? "" }
        #expect(published.first == "2012-10-10T14:00:00+07:00")
        let english = try entries.first { entry in
            try entry.nodes(forXPath: "*[local-name()='id']").first?.stringValue == "https://www.cpd.go.th/news/2555/four-bureaus-brainstorm-en/"
        }
        #expect((english as? XMLElement)?.attribute(forName: "xml:lang")?.stringValue == "en")
    }

    @Test func jsonFeedIsVersionOnePointOneWithFullContent() throws {
        let feed = try #require(try JSONSerialization.jsonObject(with: try file("feed.json")) as? [String: Any])
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["feed_url"] as? String == "https://www.cpd.go.th/feed.json")
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.count == 5)
        #expect(items.first?["id"] as? String == "https://www.cpd.go.th/news/2555/fy2556-plan-launch/")
        #expect(items.first?["date_published"] as? String == "2012-10-10T14:00:00+07:00")
        #expect((items.first?["tags"] as? [String]) == ["แผนปฏิบัติงาน", "บูรณาการ", "เครือข่ายสหกรณ์"])
        #expect((items.first?["content_html"] as? String)?.contains("<ol>") == true)
    }

    @Test func sitemapListsPublicPagesWithThaiPathsEncodedAndRobotsNamesIt() throws {
        let document = try XMLDocument(data: try file("sitemap.xml"))
        let locations = try document.nodes(forXPath: "//*[local-name()='loc']").compactMap(\.stringValue)
        #expect(locations.contains("https://www.cpd.go.th/"))
        #expect(locations.contains("https://www.cpd.go.th/tags/%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95%E0%B8%B4%E0%B8%87%E0%B8%B2%E0%B8%99/"))
        #expect(!locations.contains { $0.hasSuffix("/print/") || $0.hasSuffix("404.html") })
        #expect(String(decoding: try file("robots.txt"), as: UTF8.self) == "User-agent: *\nAllow: /\nSitemap: https://www.cpd.go.th/sitemap.xml\n")
    }
}
