import Foundation
import Site

/// A channel and three items for the feed tests: a Thai release with
/// site-relative links, an English one that was updated, and one full of
/// text that must be escaped or dropped.
enum FeedFixtures {
    static let bangkok = TimeZone(identifier: "Asia/Bangkok") ?? TimeZone(secondsFromGMT: 7 * 3_600) ?? .gmt

    /// `2012-09-20T10:00:00+07:00` and the like, read in UTC so the
    /// machine's zone plays no part.
    static func date(_ iso: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: iso) ?? Date(timeIntervalSince1970: 0)
    }

    static let channel = FeedChannel(
        title: "กรมส่งเสริมสหกรณ์", description: "ข่าวประชาสัมพันธ์ กรมส่งเสริมสหกรณ์", language: "th",
        homeURL: "https://www.cpd.go.th/",
        rssURL: "https://www.cpd.go.th/feed.xml", atomURL: "https://www.cpd.go.th/atom.xml",
        jsonURL: "https://www.cpd.go.th/feed.json",
        updated: date("2012-12-31T23:30:00+07:00"), timeZone: bangkok,
        iconURL: "https://www.cpd.go.th/assets/icon.png", author: "กรมส่งเสริมสหกรณ์"
    )

    static let thaiURL = URLPath.absolute("/news/2555/ระดมสมอง/", base: "https://www.cpd.go.th/")

    static let thai = FeedItem(
        url: thaiURL,
        title: "ระดมสมอง 4 หน่วยงานในสังกัดกรมส่งเสริมสหกรณ์",
        summary: "กรมส่งเสริมสหกรณ์ประชุมข้าราชการ 4 หน่วยงานหลักในสังกัด",
        contentHTML: """
            <p>ข่าว <a href="/tags/สหกรณ์/">สหกรณ์</a> <img src="photo.jpg" srcset="/a.jpg 1x, b.jpg 2x" alt="ภาพ"></p>
            <p><a href="//cdn.example.org/x">cdn</a> <a href="https://other.example/">other</a> <a href="#หัวข้อ">anchor</a></p>

            """,
        published: date("2012-09-20T10:00:00+07:00"),
        tags: ["แผนปฏิบัติงาน", "บูรณาการ"],
        language: "th"
    )

    /// `thai.contentHTML` as every feed must carry it.
    static let thaiAbsoluteContent = """
        <p>ข่าว <a href="https://www.cpd.go.th/tags/สหกรณ์/">สหกรณ์</a> <img src="\(thaiURL)photo.jpg" srcset="https://www.cpd.go.th/a.jpg 1x, \(thaiURL)b.jpg 2x" alt="ภาพ"></p>
        <p><a href="//cdn.example.org/x">cdn</a> <a href="https://other.example/">other</a> <a href="\(thaiURL)#หัวข้อ">anchor</a></p>

        """

    static let english = FeedItem(
        url: "https://www.cpd.go.th/news/2555/brainstorm-en/",
        title: "Four bureaus brainstorm the 2013 plan",
        contentHTML: "<p>See <a href='/plans/2556/'>the plan</a>.</p>",
        published: date("2012-10-01T09:30:00+07:00"),
        updated: date("2012-10-02T08:00:00+07:00"),
        language: "en"
    )

    static let hostile = FeedItem(
        url: "https://www.cpd.go.th/news/2555/hostile/",
        title: "<script>alert(\"x\")</script> & ]]> \u{1}\u{8}ok\u{FFFE}\r\nend",
        summary: "a & b < c ]]> \"q\" 'q'\u{0B}\u{0}",
        contentHTML: "<p>]]></p><script>document.write('<a href=\"/x\">')</script>\u{0C}\r\n<a href=\"/x?a=1&amp;b=2\">&amp;</a>]]]]>",
        published: date("2012-12-31T23:30:00+07:00"),
        tags: ["<b>&</b>", "\u{1F}ok"]
    )

    /// What a parser must read back from `hostile`: the forbidden control
    /// characters gone, everything else as written.
    static let hostileTitle = "<script>alert(\"x\")</script> & ]]> ok\r\nend"
    static let hostileSummary = "a & b < c ]]> \"q\" 'q'"
    static let hostileContent = "<p>]]></p><script>document.write('<a href=\"/x\">')</script>\r\n<a href=\"https://www.cpd.go.th/x?a=1&amp;b=2\">&amp;</a>]]]]>"

    static let items = [thai, english, hostile]
}
