import Content
import Templates

/// `site` in every template: the department, its navigation, and every
/// list a page may want to show.
///
/// ```
/// <a href="{{ site.url }}">{{ site.title }}</a>
/// {% for item in site.menu %}<a href="{{ item.url }}">{{ item.title }}</a>{% endfor %}
/// ```
final class SiteObject: ModelObject {
    static let fields = [
        "title", "title_en", "url", "permalink", "base_url", "language", "digits", "organisation", "bureaus", "tags", "years", "plans",
        "pages", "menu", "releases", "feeds", "search_url", "news_url", "tags_url", "bureaus_url", "sitemap_url",
    ]
    var typeName: String { "site" }
    let key = "site"

    /// Every field but `releases`, worked out once: `site` is read on every page, many times.
    private let values: [String: Value]
    private unowned let directory: Directory

    /// Made after the directory is filled: it lists what the directory holds.
    init(directory: Directory) {
        let configuration = directory.configuration
        let urls = directory.urls
        self.directory = directory
        values = [
            "title": .text(configuration.title),
            "title_en": configuration.titleEnglish.map(Value.text) ?? Value.none,
            "url": .text(urls.link(SiteURLs.home)),
            "permalink": .text(urls.absolute(SiteURLs.home)),
            "base_url": .text(urls.absolute(SiteURLs.home)),
            "language": .text(configuration.language),
            "digits": .text(configuration.digits.rawValue),
            "organisation": directory.organisation,
            "bureaus": .objects(directory.bureaus),
            "tags": .objects(directory.tags),
            "years": .objects(directory.years),
            "plans": .objects(directory.plans),
            "pages": .objects(directory.pages),
            // site.yaml's menu, then the standing pages that ask for a place
            // in it (`menu: 3`), in that order.
            "menu": .list(configuration.menu.map { item in
                ["title": .text(item.title), "url": .text(LinkSafety.scheme(of: item.url) == nil ? urls.link(item.url) : item.url)]
            } + directory.pages.filter { $0.page.menu != nil }.map { page in
                ["title": .text(page.page.title), "url": .text(urls.link(page.path))]
            }),
            "feeds": ["rss": .text(urls.link("/feed.xml")), "atom": .text(urls.link("/atom.xml")), "json": .text(urls.link("/feed.json"))],
            "search_url": .text(urls.link(SiteURLs.search)),
            "news_url": .text(urls.link(SiteURLs.news)),
            "tags_url": .text(urls.link(SiteURLs.tags)),
            "bureaus_url": .text(urls.link(SiteURLs.bureaus)),
            "sitemap_url": directory.pages.first { $0.page.template == "sitemap.html" || $0.page.slug == "sitemap" }
                .map { .text(urls.link($0.path)) } ?? Value.none,
        ]
    }

    func value(_ name: String) -> Value? {
        // Read from the directory each time: `khao serve` puts an edited
        // release in the place of the old one.
        name == "releases" ? .objects(directory.releases) : values[name]
    }
}
