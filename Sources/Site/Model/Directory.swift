import Content
import Foundation
import Templates
import Thai

/// Every object templates see, by id, so objects can name each other (a
/// release its bureaus, a bureau its releases) without holding each other
/// strongly: they hold the directory unowned, and the directory holds them.
///
/// Filled once while the model is built, before any page renders, and read
/// only from then on; that is what makes sharing it between threads safe.
final class Directory: @unchecked Sendable {
    let configuration: SiteConfiguration
    let urls: SiteURLs
    /// Published releases, newest first.
    private(set) var releases: [ReleaseObject] = []
    private(set) var tags: [TagObject] = []
    private(set) var tagsBySlug: [String: TagObject] = [:]
    private(set) var bureaus: [BureauObject] = []
    private(set) var bureausByID: [String: BureauObject] = [:]
    private(set) var years: [YearObject] = []
    private(set) var plans: [PlanObject] = []
    private(set) var pages: [StandingPageObject] = []
    /// Each release's tags and bureaus as templates see them, by the
    /// release's index: lists show them for every release on many pages,
    /// and looking up Thai slugs each time hashed them again.
    private(set) var tagsOfRelease: [Value] = []
    private(set) var bureausOfRelease: [Value] = []

    /// The organisation block of site.yaml, as templates see it.
    let organisation: Value

    init(configuration: SiteConfiguration, urls: SiteURLs) {
        self.configuration = configuration
        self.urls = urls
        organisation = OrganisationValue.make(configuration.organisation)
    }

    func fill(releases: [ReleaseObject], tags: [TagObject], bureaus: [BureauObject], years: [YearObject],
              plans: [PlanObject], pages: [StandingPageObject]) {
        self.releases = releases
        self.tags = tags
        tagsBySlug = Dictionary(tags.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.bureaus = bureaus
        bureausByID = Dictionary(bureaus.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.years = years
        self.plans = plans
        self.pages = pages
        tagsOfRelease = releases.map { release in .list(release.tagSlugs.compactMap { tagsBySlug[$0].map { .object($0) } }) }
        bureausOfRelease = releases.map { release in .list(release.release.bureaus.compactMap { bureausByID[$0].map { .object($0) } }) }
    }

    /// Puts `release` in the place of the release with its index.
    func replace(_ release: ReleaseObject) {
        releases[release.index] = release
    }

    func plan(_ year: Int) -> PlanObject? {
        plans.first { $0.plan.fiscalYear.year == year }
    }

    func releases(_ indices: [Int]) -> Value {
        .list(indices.map { .object(releases[$0]) })
    }
}

/// A model object: a fixed list of field names, each read by a switch.
protocol ModelObject: TemplateObject {
    static var fields: [String] { get }
    /// What the object is across builds (`release content/news/2555/x.md`,
    /// `tag พัฒนาคน`): `khao serve` compares what a page read of it in one
    /// build with the same object of the next (``PageReads``).
    var key: String { get }
    /// The value of field `name`, as ``TemplateObject/field(_:)`` gives it.
    func value(_ name: String) -> Value?
}

extension ModelObject {
    var fieldNames: [String] { Self.fields }

    /// The value, noted as read by the page being rendered, when one is recorded.
    func field(_ name: String) -> Value? {
        PageReads.record(self, name)
        return value(name)
    }
}

extension Value {
    static func objects(_ objects: [some TemplateObject]) -> Value {
        .list(objects.map { .object($0) })
    }

    static func texts(_ texts: [String]) -> Value {
        .list(texts.map { .text($0) })
    }
}
