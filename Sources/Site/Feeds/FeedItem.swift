import Foundation

/// One release in a feed.
///
/// The feeds take items in the order given (newest first) and as many as
/// given: the build picks the latest `feeds.items`. Item URLs are unique
/// because two pages with one URL already fail the build (layout.md), and
/// the URL doubles as the item's id.
///
/// ```swift
/// FeedItem(
///     url: "https://www.cpd.go.th/news/2555/ระดมสมอง/", title: "ระดมสมอง 4 หน่วยงาน",
///     summary: "กรมส่งเสริมสหกรณ์ประชุม…", contentHTML: renderedBody,
///     published: release.date, tags: ["แผนปฏิบัติงาน"], language: "th")
/// ```
public struct FeedItem: Sendable, Equatable {
    /// The page's absolute URL (percent-encoded), also the item's unique id.
    public var url: String
    public var title: String
    /// Plain text, not HTML.
    public var summary: String?
    /// The body as rendered for the page. Site-relative links (`/news/…`,
    /// `photo.jpg`) are fine: the feeds make them absolute against ``url``.
    public var contentHTML: String
    public var published: Date
    /// When the release was last changed, if it was.
    public var updated: Date?
    public var tags: [String]
    /// `th` or `en`; nil for the channel's language.
    public var language: String?

    public init(
        url: String, title: String, summary: String? = nil, contentHTML: String,
        published: Date, updated: Date? = nil, tags: [String] = [], language: String? = nil
    ) {
        self.url = url
        self.title = title
        self.summary = summary
        self.contentHTML = contentHTML
        self.published = published
        self.updated = updated
        self.tags = tags
        self.language = language
    }

    /// The content with its links made absolute, as every feed carries it.
    var absoluteContentHTML: String {
        AbsoluteLinks.rewrite(contentHTML, pageURL: url)
    }
}
