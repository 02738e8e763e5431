import Foundation
import Thai

/// JSON Feed 1.1 (`/feed.json`, https://jsonfeed.org/version/1.1).
///
/// Keys in the order of the specification, dates RFC 3339 with the site's
/// offset, `content_html` the full HTML with absolute links; optional
/// fields (`summary`, `date_modified`, `tags`, an item's `language`) are
/// left out when empty rather than written as `null`.
///
/// ```swift
/// let bytes = JSONFeed.render(channel: channel, items: latest)
/// // {"version":"https://jsonfeed.org/version/1.1","title":"กรมส่งเสริมสหกรณ์",…}
/// ```
public enum JSONFeed {
    /// The feed's JSON, UTF-8, ending in a line feed; the same bytes for the same input.
    public static func render(channel: FeedChannel, items: [FeedItem]) -> [UInt8] {
        var feed: [(String, JSONValue)] = [
            ("version", .string("https://jsonfeed.org/version/1.1")),
            ("title", .string(channel.title)),
            ("home_page_url", .string(channel.homeURL)),
            ("feed_url", .string(channel.jsonURL)),
            ("description", .string(channel.description)),
        ]
        if let icon = channel.iconURL {
            feed.append(("icon", .string(icon)))
        }
        feed.append(("authors", .array([.object([("name", .string(channel.author)), ("url", .string(channel.homeURL))])])))
        feed.append(("language", .string(channel.language)))
        feed.append(("items", .array(items.map { item($0, zone: channel.timeZone) })))
        return JSONValue.object(feed).bytes + [0x0A]
    }

    private static func item(_ item: FeedItem, zone: TimeZone) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(item.url)),
            ("url", .string(item.url)),
            ("title", .string(item.title)),
        ]
        if let summary = item.summary {
            fields.append(("summary", .string(summary)))
        }
        fields.append(("content_html", .string(item.absoluteContentHTML)))
        fields.append(("date_published", .string(ISO8601Format.dateTime(item.published, timeZone: zone))))
        if let updated = item.updated {
            fields.append(("date_modified", .string(ISO8601Format.dateTime(updated, timeZone: zone))))
        }
        if !item.tags.isEmpty {
            fields.append(("tags", .array(item.tags.map(JSONValue.string))))
        }
        if let language = item.language {
            fields.append(("language", .string(language)))
        }
        return .object(fields)
    }
}
