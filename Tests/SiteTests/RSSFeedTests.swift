import Foundation
import Site
import Testing

@Suite("RSS 2.0 feed")
struct RSSFeedTests {
    let bytes = RSSFeed.render(channel: FeedFixtures.channel, items: FeedFixtures.items)

    @Test func theChannelSaysWhatAndWhere() throws {
        let rss = try XMLNode.parse(bytes)
        #expect(rss.name == "rss")
        #expect(rss.attributes["version"] == "2.0")
        let channel = try #require(rss.first("channel"))
        #expect(channel["title"] == "กรมส่งเสริมสหกรณ์")
        #expect(channel["link"] == "https://www.cpd.go.th/")
        #expect(channel["description"] == "ข่าวประชาสัมพันธ์ กรมส่งเสริมสหกรณ์")
        #expect(channel["language"] == "th")
        #expect(channel["lastBuildDate"] == "Mon, 31 Dec 2012 23:30:00 +0700")
        let selfLink = try #require(channel.first("atom:link"))
        #expect(selfLink.attributes == ["href": "https://www.cpd.go.th/feed.xml", "rel": "self", "type": "application/rss+xml"])
        #expect(channel.first("image")?["url"] == "https://www.cpd.go.th/assets/icon.png")
    }

    @Test func itemsCarryTitleLinkGuidDateSummaryContentAndTags() throws {
        let items = try #require(try XMLNode.parse(bytes).first("channel")).all("item")
        #expect(items.count == 3)
        let thai = items[0]
        #expect(thai["title"] == FeedFixtures.thai.title)
        #expect(thai["link"] == FeedFixtures.thaiURL)
        #expect(thai["guid"] == FeedFixtures.thaiURL)
        #expect(thai.first("guid")?.attributes["isPermaLink"] == "true")
        #expect(thai["pubDate"] == "Thu, 20 Sep 2012 10:00:00 +0700")
        #expect(thai["description"] == FeedFixtures.thai.summary)
        #expect(thai["content:encoded"] == FeedFixtures.thaiAbsoluteContent)
        #expect(thai.all("category").map(\.text) == ["แผนปฏิบัติงาน", "บูรณาการ"])

        let english = items[1]
        #expect(english["pubDate"] == "Mon, 01 Oct 2012 09:30:00 +0700")
        #expect(english["description"] == nil)
        #expect(english["content:encoded"] == "<p>See <a href='https://www.cpd.go.th/plans/2556/'>the plan</a>.</p>")
        #expect(Set(items.compactMap { $0["guid"] }).count == 3)
    }

    @Test func hostileTextRoundTripsWithoutForbiddenCharacters() throws {
        let hostile = try #require(try XMLNode.parse(bytes).first("channel")).all("item")[2]
        #expect(hostile["title"] == FeedFixtures.hostileTitle)
        #expect(hostile["description"] == FeedFixtures.hostileSummary)
        #expect(hostile["content:encoded"] == FeedFixtures.hostileContent)
        #expect(hostile.all("category").map(\.text) == ["<b>&</b>", "ok"])
        #expect(hostile["pubDate"] == "Mon, 31 Dec 2012 23:30:00 +0700")
    }

    @Test func contentIsInCDATAWithItsEndSplit() {
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<content:encoded><![CDATA[<p>]]]]><![CDATA[></p>"))
        #expect(!text.contains("<script>alert"))
    }

    @Test func theSameInputGivesTheSameBytes() {
        #expect(RSSFeed.render(channel: FeedFixtures.channel, items: FeedFixtures.items) == bytes)
    }
}
