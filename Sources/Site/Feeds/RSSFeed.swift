/// RSS 2.0 (`/feed.xml`), with the `atom:link rel="self"` and
/// `content:encoded` extensions that the W3C feed validator and readers
/// expect.
///
/// Dates are RFC 822 with the site's numeric offset
/// (`Thu, 20 Sep 2012 10:00:00 +0700`); each item's `guid` is its URL
/// (`isPermaLink="true"`), its `description` the plain summary, and its
/// `content:encoded` the full HTML with absolute links, in CDATA.
///
/// ```swift
/// let bytes = RSSFeed.render(channel: channel, items: latest)
/// ```
public enum RSSFeed {
    /// The feed's XML, UTF-8; the same bytes for the same input.
    public static func render(channel: FeedChannel, items: [FeedItem]) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("rss", [
            ("version", "2.0"),
            ("xmlns:atom", "http://www.w3.org/2005/Atom"),
            ("xmlns:content", "http://purl.org/rss/1.0/modules/content/"),
        ])
        xml.open("channel")
        xml.element("title", text: channel.title)
        xml.element("link", text: channel.homeURL)
        xml.element("description", text: channel.description)
        xml.element("language", text: channel.language)
        xml.element("lastBuildDate", text: RFC822Date.string(channel.updated, timeZone: channel.timeZone))
        xml.empty("atom:link", [("href", channel.rssURL), ("rel", "self"), ("type", "application/rss+xml")])
        if let icon = channel.iconURL {
            xml.open("image")
            xml.element("url", text: icon)
            // RSS asks the image's title and link to be the channel's.
            xml.element("title", text: channel.title)
            xml.element("link", text: channel.homeURL)
            xml.close("image")
        }
        for item in items {
            xml.open("item")
            xml.element("title", text: item.title)
            xml.element("link", text: item.url)
            xml.element("guid", [("isPermaLink", "true")], text: item.url)
            xml.element("pubDate", text: RFC822Date.string(item.published, timeZone: channel.timeZone))
            if let summary = item.summary {
                xml.element("description", text: summary)
            }
            xml.element("content:encoded", cdata: item.absoluteContentHTML)
            for tag in item.tags {
                xml.element("category", text: tag)
            }
            xml.close("item")
        }
        xml.close("channel")
        xml.close("rss")
        return xml.bytes
    }
}
