import Content
import Foundation
import Markdown
import Templates
import Thai

/// A published release as templates see it: `page` on its own page, an
/// item in every list.
///
/// ```
/// <h1>{{ page.title }}</h1>
/// <time datetime="{{ page.date | iso }}">{{ page.date | thai_date("full") }}</time>
/// {{ page.content }}
/// ```
final class ReleaseObject: ModelObject {
    static let fields = [
        "kind", "title", "date", "updated", "summary", "lead", "description", "url", "permalink", "print_url", "slug", "year", "lang",
        "content", "toc", "bureaus", "tags", "people", "release_no", "image", "image_alt", "image_width", "image_height",
        "plan", "projects", "prev", "next", "related", "translations", "extra", "contact", "source", "json_ld", "section",
    ]
    var typeName: String { "release" }
    let key: String

    let release: Release
    /// Its place in the directory's releases (newest first).
    let index: Int
    let url: String
    let year: Int
    let body: RenderedBody
    let summary: String
    let image: (url: String, width: Int?, height: Int?)?
    let relatedIndices: [Int]
    /// Other language versions: (language, index).
    let translations: [(language: String, index: Int)]
    unowned let directory: Directory
    /// Worked out once: lists show a release on many pages.
    private let link: String
    private let permalink: String
    let tagSlugs: [String]
    private let contact: Value

    init(release: Release, index: Int, url: String, year: Int, tagSlugs: [String], body: RenderedBody, summary: String,
         image: (url: String, width: Int?, height: Int?)?, relatedIndices: [Int], translations: [(language: String, index: Int)],
         directory: Directory) {
        self.release = release
        self.index = index
        self.url = url
        self.year = year
        self.body = body
        self.summary = summary
        self.image = image
        self.relatedIndices = relatedIndices
        self.translations = translations
        self.directory = directory
        link = directory.urls.link(url)
        permalink = directory.urls.absolute(url)
        self.tagSlugs = tagSlugs
        key = "release " + release.path
        contact = release.contact.map(OrganisationValue.make) ?? directory.organisation
    }

    /// The same release with another body (an edit that changed nothing else).
    func with(_ release: Release, body: RenderedBody, summary: String) -> ReleaseObject {
        ReleaseObject(release: release, index: index, url: url, year: year, tagSlugs: tagSlugs, body: body, summary: summary, image: image,
                      relatedIndices: relatedIndices, translations: translations, directory: directory)
    }

    func value(_ name: String) -> Value? {
        let urls = directory.urls
        switch name {
        case "kind": return .text("release")
        case "title": return .text(release.title)
        case "date": return .date(release.date)
        case "updated": return release.publishAt.map(Value.date) ?? .date(release.date)
        case "summary", "description": return .text(summary)
        // Only a summary written in the front matter: one made from the
        // first paragraph would repeat it just above the body.
        case "lead": return release.summary.map(Value.text) ?? Value.none
        case "url": return .text(link)
        case "permalink": return .text(permalink)
        case "print_url": return .text(urls.link(SiteURLs.printable(release: url)))
        case "slug": return .text(release.slug)
        case "year": return .integer(year)
        case "lang": return .text(release.language)
        case "content": return .safe(body.html)
        case "toc": return body.tableOfContents
        case "bureaus": return directory.bureausOfRelease[index]
        case "tags": return directory.tagsOfRelease[index]
        case "people": return .texts(release.people)
        case "release_no": return release.releaseNumber.map(Value.text) ?? Value.none
        case "image": return image.map { .text(urls.link($0.url)) } ?? Value.none
        case "image_alt": return release.imageAlt.map(Value.text) ?? Value.none
        case "image_width": return image?.width.map(Value.integer) ?? Value.none
        case "image_height": return image?.height.map(Value.integer) ?? Value.none
        case "plan": return release.plan.flatMap { directory.plan($0) }.map { .object($0) } ?? Value.none
        case "projects":
            guard let plan = release.plan.flatMap({ directory.plan($0) }) else { return .list([]) }
            return .list(release.projects.compactMap { plan.project($0).map { .object($0) } })
        case "prev": return index + 1 < directory.releases.count ? .object(directory.releases[index + 1]) : Value.none
        case "next": return index > 0 ? .object(directory.releases[index - 1]) : Value.none
        case "related": return directory.releases(relatedIndices)
        case "translations": return .list(translations.map { translation in
            ["lang": .text(translation.language), "url": .text(urls.link(directory.releases[translation.index].url)),
             "permalink": .text(urls.absolute(directory.releases[translation.index].url)),
             "title": .text(directory.releases[translation.index].release.title)]
        })
        case "extra": return .map(OrderedMap(release.extra.sorted { $0.key < $1.key }.map { ($0.key, $0.value.templateValue) }))
        case "contact": return contact
        case "source": return .text(release.path)
        case "json_ld": return jsonLD
        case "section": return .text(urls.link(SiteURLs.news))
        default: return nil
        }
    }

    /// schema.org `NewsArticle`, which search engines and LINE read.
    private var jsonLD: Value {
        let urls = directory.urls
        let zone = directory.configuration.timeZone
        var article: OrderedMap = [
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": .text(release.title), "description": .text(summary),
            "datePublished": .text(ISO8601Format.dateTime(release.date, timeZone: zone)),
            "inLanguage": .text(release.language),
            "mainEntityOfPage": .text(urls.absolute(url)),
            "publisher": ["@type": "GovernmentOrganization", "name": .text(directory.configuration.title),
                          "url": .text(urls.absolute(SiteURLs.home))],
        ]
        if let image { article["image"] = .text(urls.absolute(image.url)) }
        return .map(article)
    }
}

/// The organisation block (content.md) as a map for templates.
enum OrganisationValue {
    static func make(_ organisation: SiteConfiguration.Organisation) -> Value {
        let fields: [(String, String?)] = [
            ("department", organisation.department), ("ministry", organisation.ministry), ("unit", organisation.unit),
            ("bureau", organisation.bureau), ("phone", organisation.phone), ("fax", organisation.fax),
            ("website", organisation.website), ("address", organisation.address),
        ]
        return .map(OrderedMap(fields.map { ($0.0, $0.1.map(Value.text) ?? Value.none) }))
    }
}
