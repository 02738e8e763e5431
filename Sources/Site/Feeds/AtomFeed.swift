import Thai

/// Atom 1.0 (`/atom.xml`, RFC 4287).
///
/// The feed's id is the home page; each entry's id is its URL. Dates are
/// RFC 3339 with the site's offset (`2012-09-20T10:00:00+07:00`); an entry
/// never updated has `updated` equal to `published`, since Atom requires
/// it. The content is the full HTML with absolute links, as
/// `type="html"` (escaped text). An entry in another language than the
/// feed carries `xml:lang`.
///
/// ```swift
/// let bytes = AtomFeed.render(channel: channel, items: latest)
/// ```
public enum AtomFeed {
    /// The feed's XML, UTF-8; the same bytes for the same input.
    public static func render(channel: FeedChannel, items: [FeedItem]) -> [UInt8] {
        let zone = channel.timeZone
        var xml = XMLWriter()
        xml.open("feed", [("xmlns", "http://www.w3.org/2005/Atom"), ("xml:lang", channel.language)])
        xml.element("id", text: channel.homeURL)
        xml.element("title", text: channel.title)
        xml.element("subtitle", text: channel.description)
        xml.element("updated", text: ISO8601Format.dateTime(channel.updated, timeZone: zone))
        xml.empty("link", [("rel", "self"), ("type", "application/atom+xml"), ("href", channel.atomURL)])
        xml.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", channel.homeURL)])
        xml.open("author")
        xml.element("name", text: channel.author)
        xml.element("uri", text: channel.homeURL)
        xml.close("author")
        if let icon = channel.iconURL {
            xml.element("icon", text: icon)
        }
        for item in items {
            let language = item.language.flatMap { $0 == channel.language ? nil : $0 }
            xml.open("entry", language.map { [("xml:lang", $0)] } ?? [])
            xml.element("id", text: item.url)
            xml.element("title", text: item.title)
            xml.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", item.url)])
            xml.element("published", text: ISO8601Format.dateTime(item.published, timeZone: zone))
            xml.element("updated", text: ISO8601Format.dateTime(item.updated ?? item.published, timeZone: zone))
            if let summary = item.summary {
                xml.element("summary", text: summary)
            }
            xml.element("content", [("type", "html")], text: item.absoluteContentHTML)
            for tag in item.tags {
                xml.empty("category", [("term", tag)])
            }
            xml.close("entry")
        }
        xml.close("feed")
        return xml.bytes
    }
}
