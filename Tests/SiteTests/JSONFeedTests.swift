import Foundation
import Site
import Testing

@Suite("JSON Feed 1.1")
struct JSONFeedTests {
    let bytes = JSONFeed.render(channel: FeedFixtures.channel, items: FeedFixtures.items)

    private func parsed() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    private func items() throws -> [[String: Any]] {
        try #require(try parsed()["items"] as? [[String: Any]])
    }

    @Test func theFeedNamesItsVersionTitleAndAddresses() throws {
        let feed = try parsed()
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["title"] as? String == "กรมส่งเสริมสหกรณ์")
        #expect(feed["home_page_url"] as? String == "https://www.cpd.go.th/")
        #expect(feed["feed_url"] as? String == "https://www.cpd.go.th/feed.json")
        #expect(feed["language"] as? String == "th")
        #expect(feed["icon"] as? String == "https://www.cpd.go.th/assets/icon.png")
        #expect((feed["authors"] as? [[String: String]])?.first?["name"] == "กรมส่งเสริมสหกรณ์")
    }

    @Test func itemsCarryIdUrlTitleSummaryContentDatesAndTags() throws {
        let items = try items()
        #expect(items.count == 3)
        let thai = items[0]
        #expect(thai["id"] as? String == FeedFixtures.thaiURL)
        #expect(thai["url"] as? String == FeedFixtures.thaiURL)
        #expect(thai["title"] as? String == FeedFixtures.thai.title)
        #expect(thai["summary"] as? String == FeedFixtures.thai.summary)
        #expect(thai["content_html"] as? String == FeedFixtures.thaiAbsoluteContent)
        #expect(thai["date_published"] as? String == "2012-09-20T10:00:00+07:00")
        #expect(thai["date_modified"] == nil)
        #expect(thai["tags"] as? [String] == ["แผนปฏิบัติงาน", "บูรณาการ"])
        #expect(thai["language"] as? String == "th")

        let english = items[1]
        #expect(english["date_modified"] as? String == "2012-10-02T08:00:00+07:00")
        #expect(english["summary"] == nil)
        #expect(english["tags"] == nil)
        #expect(english["language"] as? String == "en")
        #expect(Set(items.compactMap { $0["id"] as? String }).count == 3)
    }

    @Test func hostileTextRoundTripsExactly() throws {
        // JSON can carry control characters, so nothing is dropped here.
        let hostile = try items()[2]
        #expect(hostile["title"] as? String == FeedFixtures.hostile.title)
        #expect(hostile["summary"] as? String == FeedFixtures.hostile.summary)
        #expect(hostile["content_html"] as? String == FeedFixtures.hostile.contentHTML.replacingOccurrences(of: "\"/x?", with: "\"https://www.cpd.go.th/x?"))
        #expect(hostile["tags"] as? [String] == FeedFixtures.hostile.tags)
    }

    @Test func keysKeepTheirOrderThaiStaysUTF8AndEndTagsAreEscaped() {
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix(#"{"version":"https://jsonfeed.org/version/1.1","title":"กรมส่งเสริมสหกรณ์","home_page_url":"https://www.cpd.go.th/","feed_url":"https://www.cpd.go.th/feed.json","#))
        #expect(text.contains(#"{"id":"https://www.cpd.go.th/news/2555/%E0%B8%A3"#))
        #expect(!text.contains("\\u0e"))
        #expect(!text.contains("</"))
        #expect(text.contains(#"<\/script>"#))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func theSameInputGivesTheSameBytes() {
        #expect(JSONFeed.render(channel: FeedFixtures.channel, items: FeedFixtures.items) == bytes)
    }
}
