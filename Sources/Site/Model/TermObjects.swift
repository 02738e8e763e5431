import Content
import Templates

/// A tag: its name as first written, the slug of its URL, its releases.
///
/// ```
/// {% for tag in site.tags %}<a href="{{ tag.url }}">{{ tag.name }}</a> ({{ tag.count }}){% endfor %}
/// ```
final class TagObject: ModelObject {
    static let fields = ["name", "slug", "url", "permalink", "count", "releases"]
    var typeName: String { "tag" }
    var key: String { "tag " + slug }

    let name: String
    let slug: String
    let releaseIndices: [Int]
    unowned let directory: Directory
    /// Worked out once: every release page and list item links its tags.
    private let link: String

    init(name: String, slug: String, releaseIndices: [Int], directory: Directory) {
        self.name = name
        self.slug = slug
        self.releaseIndices = releaseIndices
        self.directory = directory
        link = directory.urls.link(SiteURLs.tag(slug))
    }

    var path: String { SiteURLs.tag(slug) }

    func value(_ name: String) -> Value? {
        switch name {
        case "name": .text(self.name)
        case "slug": .text(slug)
        case "url": .text(link)
        case "permalink": .text(directory.urls.absolute(path))
        case "count": .integer(releaseIndices.count)
        case "releases": directory.releases(releaseIndices)
        default: nil
        }
    }
}

/// A bureau of the department (site.yaml), with its releases and its part in the plans.
final class BureauObject: ModelObject {
    static let fields = ["id", "name", "name_en", "url", "permalink", "count", "releases", "lead_projects", "support_projects",
                         "kpis", "budget", "plan", "brief_url"]
    var typeName: String { "bureau" }
    var key: String { "bureau " + bureau.id }

    let bureau: SiteConfiguration.Bureau
    let releaseIndices: [Int]
    unowned let directory: Directory
    /// Worked out once: every release page and list item links its bureaus.
    private let link: String

    init(bureau: SiteConfiguration.Bureau, releaseIndices: [Int], directory: Directory) {
        self.bureau = bureau
        self.releaseIndices = releaseIndices
        self.directory = directory
        link = directory.urls.link(SiteURLs.bureau(bureau.id))
    }

    var id: String { bureau.id }
    var path: String { SiteURLs.bureau(bureau.id) }
    /// The newest plan: what the bureau page shows of its work.
    private var plan: PlanObject? { directory.plans.last }

    func value(_ name: String) -> Value? {
        switch name {
        case "id": return .text(bureau.id)
        case "name": return .text(bureau.name)
        case "brief_url":
            // Its brief of the newest plan, when it takes part in the plan.
            guard let plan, let brief = plan.briefs.first(where: { $0.bureau.id == id }) else { return Value.none }
            return .text(directory.urls.link(brief.path))
        case "name_en": return bureau.nameEnglish.map(Value.text) ?? Value.none
        case "url": return .text(link)
        case "permalink": return .text(directory.urls.absolute(path))
        case "count": return .integer(releaseIndices.count)
        case "releases": return directory.releases(releaseIndices)
        case "lead_projects": return plan.map { plan in .objects(plan.projects.filter { $0.project.lead == id }) } ?? .list([])
        case "support_projects": return plan.map { plan in .objects(plan.projects.filter { $0.project.support.contains(id) }) } ?? .list([])
        case "kpis": return plan.map { plan in .list((plan.figures.kpisByBureau[id] ?? []).map(KPIValue.make)) } ?? .list([])
        case "budget": return plan.map { .decimal($0.figures.byBureau[id] ?? 0) } ?? Value.none
        case "plan": return plan.map { .object($0) } ?? Value.none
        default: return nil
        }
    }
}

/// The releases of one Buddhist-era year: `/news/2555/`.
final class YearObject: ModelObject {
    static let fields = ["year", "url", "count", "releases"]
    var typeName: String { "year" }
    var key: String { "year \(year)" }

    let year: Int
    let releaseIndices: [Int]
    unowned let directory: Directory

    init(year: Int, releaseIndices: [Int], directory: Directory) {
        self.year = year
        self.releaseIndices = releaseIndices
        self.directory = directory
    }

    var path: String { SiteURLs.archive(year: year) }

    func value(_ name: String) -> Value? {
        switch name {
        case "year": .integer(year)
        case "url": .text(directory.urls.link(path))
        case "count": .integer(releaseIndices.count)
        case "releases": directory.releases(releaseIndices)
        default: nil
        }
    }
}
