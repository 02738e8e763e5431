import Foundation
import Site
import Testing

@Suite("Atom 1.0 feed")
struct AtomFeedTests {
    let bytes = AtomFeed.render(channel: FeedFixtures.channel, items: FeedFixtures.items)

    @Test func theFeedHasIdTitleUpdatedLinksAndAuthor() throws {
        let feed = try XMLNode.parse(bytes)
        #expect(feed.name == "feed")
        #expect(feed.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
        #expect(feed.attributes["xml:lang"] == "th")
        #expect(feed["id"] == "https://www.cpd.go.th/")
        #expect(feed["title"] == "กรมส่งเสริมสหกรณ์")
        #expect(feed["updated"] == "2012-12-31T23:30:00+07:00")
        let links = feed.all("link").map(\.attributes)
        #expect(links == [
            ["rel": "self", "type": "application/atom+xml", "href": "https://www.cpd.go.th/atom.xml"],
            ["rel": "alternate", "type": "text/html", "href": "https://www.cpd.go.th/"],
        ])
        #expect(feed.first("author")?["name"] == "กรมส่งเสริมสหกรณ์")
        #expect(feed["icon"] == "https://www.cpd.go.th/assets/icon.png")
    }

    @Test func entriesCarryIdLinkDatesSummaryContentAndCategories() throws {
        let entries = try XMLNode.parse(bytes).all("entry")
        #expect(entries.count == 3)
        let thai = entries[0]
        #expect(thai["id"] == FeedFixtures.thaiURL)
        #expect(thai["title"] == FeedFixtures.thai.title)
        #expect(thai.first("link")?.attributes == ["rel": "alternate", "type": "text/html", "href": FeedFixtures.thaiURL])
        #expect(thai["published"] == "2012-09-20T10:00:00+07:00")
        #expect(thai["updated"] == "2012-09-20T10:00:00+07:00")
        #expect(thai["summary"] == FeedFixtures.thai.summary)
        #expect(thai.first("content")?.attributes["type"] == "html")
        #expect(thai["content"] == FeedFixtures.thaiAbsoluteContent)
        #expect(thai.all("category").compactMap { $0.attributes["term"] } == ["แผนปฏิบัติงาน", "บูรณาการ"])
        #expect(thai.attributes["xml:lang"] == nil)

        let english = entries[1]
        #expect(english.attributes["xml:lang"] == "en")
        #expect(english["published"] == "2012-10-01T09:30:00+07:00")
        #expect(english["updated"] == "2012-10-02T08:00:00+07:00")
        #expect(english["summary"] == nil)
        #expect(Set(entries.compactMap { $0["id"] }).count == 3)
    }

    @Test func hostileTextRoundTripsWithoutForbiddenCharacters() throws {
        let hostile = try XMLNode.parse(bytes).all("entry")[2]
        #expect(hostile["title"] == FeedFixtures.hostileTitle)
        #expect(hostile["summary"] == FeedFixtures.hostileSummary)
        #expect(hostile["content"] == FeedFixtures.hostileContent)
        #expect(hostile.all("category").compactMap { $0.attributes["term"] } == ["<b>&</b>", "ok"])
    }

    @Test func theSameInputGivesTheSameBytes() {
        #expect(AtomFeed.render(channel: FeedFixtures.channel, items: FeedFixtures.items) == bytes)
    }
}
