import Content
import Templates

/// The page being rendered when it is not a release: a list, an index, the
/// home page, 404. Every page has these fields, so `partials/meta.html`
/// works on all of them.
///
/// ```
/// <title>{{ page.title }} | {{ site.title }}</title>
/// <link rel="canonical" href="{{ page.permalink }}">
/// ```
final class PageObject: ModelObject {
    static let fields = ["kind", "title", "description", "url", "permalink", "lang", "image", "json_ld", "section"]
    var typeName: String { "page" }
    var key: String { "page " + path }

    /// `home`, `news`, `archive`, `tags`, `tag`, `bureaus`, `bureau`, `plan`, `project`, `page`, `sitemap`, `search`, `404`.
    let kind: String
    let title: String
    let description: String
    let path: String
    let language: String
    /// The URL of the menu entry this page belongs under, for `aria-current`.
    let section: String
    let jsonLD: Value
    unowned let directory: Directory

    init(kind: String, title: String, description: String, path: String, language: String? = nil, section: String? = nil,
         jsonLD: Value = Value.none, directory: Directory) {
        self.kind = kind
        self.title = title
        self.description = description
        self.path = path
        self.language = language ?? directory.configuration.language
        self.section = section ?? path
        self.jsonLD = jsonLD
        self.directory = directory
    }

    func value(_ name: String) -> Value? {
        switch name {
        case "kind": .text(kind)
        case "title": .text(title)
        case "description": .text(description)
        case "url": .text(directory.urls.link(path))
        case "permalink": .text(directory.urls.absolute(path))
        case "lang": .text(language)
        case "image": Value.none
        case "json_ld": jsonLD
        case "section": .text(directory.urls.link(section))
        default: nil
        }
    }
}

/// A standing page (about, contact, policies, the sitemap page).
final class StandingPageObject: ModelObject {
    static let fields = ["kind", "title", "description", "url", "permalink", "lang", "image", "json_ld", "section", "content", "toc",
                         "slug", "menu", "source"]
    var typeName: String { "page" }
    var key: String { "standing " + page.path }

    let page: StandingPage
    let body: RenderedBody
    let description: String
    unowned let directory: Directory

    init(page: StandingPage, body: RenderedBody, description: String, directory: Directory) {
        self.page = page
        self.body = body
        self.description = description
        self.directory = directory
    }

    var path: String { SiteURLs.standingPage(page.slug) }

    func value(_ name: String) -> Value? {
        switch name {
        case "kind": return .text("page")
        case "title": return .text(page.title)
        case "description": return .text(description)
        case "url", "section": return .text(directory.urls.link(path))
        case "permalink": return .text(directory.urls.absolute(path))
        case "lang": return .text(directory.configuration.language)
        case "image", "json_ld": return Value.none
        case "content": return .safe(body.html)
        case "toc": return body.tableOfContents
        case "slug": return .text(page.slug)
        case "menu": return page.menu.map(Value.integer) ?? Value.none
        case "source": return .text(page.path)
        default: return nil
        }
    }
}
