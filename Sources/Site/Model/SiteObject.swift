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

    unowned let directory: Directory

    init(directory: Directory) {
        self.directory = directory
    }

    func field(_ name: String) -> Value? {
        let configuration = directory.configuration
        let urls = directory.urls
        switch name {
        case "title": return .text(configuration.title)
        case "title_en": return configuration.titleEnglish.map(Value.text) ?? Value.none
        case "url": return .text(urls.link(SiteURLs.home))
        case "permalink", "base_url": return .text(urls.absolute(SiteURLs.home))
        case "language": return .text(configuration.language)
        case "digits": return .text(configuration.digits.rawValue)
        case "organisation": return OrganisationValue.make(configuration.organisation)
        case "bureaus": return .objects(directory.bureaus)
        case "tags": return .objects(directory.tags)
        case "years": return .objects(directory.years)
        case "plans": return .objects(directory.plans)
        case "pages": return .objects(directory.pages)
        case "menu": return .list(configuration.menu.map { item in
            ["title": .text(item.title), "url": .text(LinkSafety.scheme(of: item.url) == nil ? urls.link(item.url) : item.url)]
        })
        case "releases": return .objects(directory.releases)
        case "feeds": return ["rss": .text(urls.link("/feed.xml")), "atom": .text(urls.link("/atom.xml")),
                              "json": .text(urls.link("/feed.json"))]
        case "search_url": return .text(urls.link(SiteURLs.search))
        case "news_url": return .text(urls.link(SiteURLs.news))
        case "tags_url": return .text(urls.link(SiteURLs.tags))
        case "bureaus_url": return .text(urls.link(SiteURLs.bureaus))
        case "sitemap_url": return directory.pages.first { $0.page.template == "sitemap.html" || $0.page.slug == "sitemap" }
            .map { .text(urls.link($0.path)) } ?? Value.none
        default: return nil
        }
    }
}
