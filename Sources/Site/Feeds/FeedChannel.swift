import Foundation

/// What a feed says about the site, the same for RSS, Atom and JSON Feed.
///
/// Every URL is absolute (W3C feed rules); build them with
/// ``URLPath/absolute(_:base:)``.
///
/// ```swift
/// let channel = FeedChannel(
///     title: "กรมส่งเสริมสหกรณ์", description: "ข่าวประชาสัมพันธ์", language: "th",
///     homeURL: "https://www.cpd.go.th/",
///     rssURL: "https://www.cpd.go.th/feed.xml", atomURL: "https://www.cpd.go.th/atom.xml",
///     jsonURL: "https://www.cpd.go.th/feed.json",
///     updated: newestRelease.date, timeZone: bangkok, author: "กรมส่งเสริมสหกรณ์")
/// ```
public struct FeedChannel: Sendable, Equatable {
    public var title: String
    public var description: String
    /// `th` or `en`: the site's language.
    public var language: String
    /// The site's home page, also the Atom feed's id.
    public var homeURL: String
    /// The feeds' own addresses (`/feed.xml`, `/atom.xml`, `/feed.json`).
    public var rssURL: String
    public var atomURL: String
    public var jsonURL: String
    /// When the feed last changed: the newest item's date, not the build's,
    /// so that building twice gives the same bytes.
    public var updated: Date
    /// The zone whose offset every date is written with (the site's).
    public var timeZone: TimeZone
    /// A square icon (Atom `icon`, JSON Feed `icon`, RSS `image`), if any.
    public var iconURL: String?
    /// The organisation that publishes the feed.
    public var author: String

    public init(
        title: String, description: String, language: String, homeURL: String,
        rssURL: String, atomURL: String, jsonURL: String,
        updated: Date, timeZone: TimeZone, iconURL: String? = nil, author: String
    ) {
        self.title = title
        self.description = description
        self.language = language
        self.homeURL = homeURL
        self.rssURL = rssURL
        self.atomURL = atomURL
        self.jsonURL = jsonURL
        self.updated = updated
        self.timeZone = timeZone
        self.iconURL = iconURL
        self.author = author
    }
}
