import Templates

/// One page of a paginated list (`/news/`, `/news/page/2/` …): its items and
/// the links around it, for `rel="prev"`/`rel="next"` and a page navigation.
///
/// ```
/// {% for item in pagination.items %}…{% endfor %}
/// {% if pagination.next_url %}<a rel="next" href="{{ pagination.next_url }}">ถัดไป</a>{% endif %}
/// ```
final class PaginationObject: ModelObject {
    static let fields = ["items", "number", "count", "total", "per_page", "prev_url", "next_url", "first_url", "last_url", "pages"]
    var typeName: String { "pagination" }
    var key: String { "pagination " + path }

    let number: Int
    let count: Int
    let itemIndices: [Int]
    let total: Int
    let perPage: Int
    /// The list's own path: page 1.
    let base: String
    unowned let directory: Directory

    init(number: Int, count: Int, itemIndices: [Int], total: Int, perPage: Int, base: String, directory: Directory) {
        self.number = number
        self.count = count
        self.itemIndices = itemIndices
        self.total = total
        self.perPage = perPage
        self.base = base
        self.directory = directory
    }

    /// The pages of a list of `indices` at `base`, `perPage` items each; an
    /// empty list still has one (empty) page.
    static func pages(of indices: [Int], perPage: Int, base: String, directory: Directory) -> [PaginationObject] {
        let count = max(1, (indices.count + perPage - 1) / perPage)
        return (1...count).map { number in
            let items = Array(indices.dropFirst((number - 1) * perPage).prefix(perPage))
            return PaginationObject(number: number, count: count, itemIndices: items, total: indices.count, perPage: perPage, base: base,
                                    directory: directory)
        }
    }

    var path: String { SiteURLs.page(number, of: base) }

    /// Pages a navigation links to: the first, the last, and `reach` either
    /// side of this one, with nil where pages are left out (`1 … 7 8 9 … 500`).
    /// A list of 500 pages would otherwise put 500 links on each of its pages.
    static let reach = 2
    private var shownPages: [Int?] {
        var pages = [Int?]()
        for page in 1...count where page == 1 || page == count || abs(page - number) <= Self.reach {
            if let last = pages.last ?? nil, page > last + 1 { pages.append(nil) }
            pages.append(page)
        }
        return pages
    }

    func value(_ name: String) -> Value? {
        let urls = directory.urls
        switch name {
        case "items": return directory.releases(itemIndices)
        case "number": return .integer(number)
        case "count": return .integer(count)
        case "total": return .integer(total)
        case "per_page": return .integer(perPage)
        case "prev_url": return number > 1 ? .text(urls.link(SiteURLs.page(number - 1, of: base))) : Value.none
        case "next_url": return number < count ? .text(urls.link(SiteURLs.page(number + 1, of: base))) : Value.none
        case "first_url": return .text(urls.link(base))
        case "last_url": return .text(urls.link(SiteURLs.page(count, of: base)))
        case "pages": return .list(shownPages.map { page in
            guard let page else { return ["gap": true, "number": Value.none, "url": Value.none, "current": false] }
            return ["gap": false, "number": .integer(page), "url": .text(urls.link(SiteURLs.page(page, of: base))), "current": .bool(page == number)]
        })
        default: return nil
        }
    }
}
