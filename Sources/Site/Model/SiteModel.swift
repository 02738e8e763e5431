import Content
import Foundation
import Templates
import Thai

/// Everything the pages are rendered from: the directory of objects, and
/// the published content in the order pages list it.
final class SiteModel: Sendable {
    let directory: Directory
    let site: SiteObject

    /// `directory` must be filled: the site object lists what it holds.
    init(directory: Directory) {
        self.directory = directory
        self.site = SiteObject(directory: directory)
    }
}

extension SiteModel {
    /// Every object of the model by its key, with those the pages of `jobs`
    /// are handed (their `page`, `pagination`…), for ``PageReadLog/rebase(onto:)``.
    func objectsByKey(_ jobs: [RenderJob]) -> [String: any ModelObject] {
        var objects = [String: any ModelObject]()
        func add(_ object: any ModelObject) { objects[object.key] = object }
        add(site)
        directory.releases.forEach(add)
        directory.tags.forEach(add)
        directory.bureaus.forEach(add)
        directory.years.forEach(add)
        directory.pages.forEach(add)
        for plan in directory.plans {
            add(plan)
            plan.projects.forEach(add)
            plan.briefs.forEach(add)
        }
        for job in jobs {
            for value in job.context.values {
                if case .object(let object) = value, let object = object as? any ModelObject { add(object) }
            }
        }
        return objects
    }
}

/// Builds the model from the loaded content and the rendered bodies.
struct SiteModelBuilder {
    let content: SiteContent
    let urls: SiteURLs
    /// Site path of each published release, in `content.releases` order.
    let releasePaths: [String]
    let releaseYears: [Int]
    let releaseBodies: [RenderedBody]
    let pageBodies: [RenderedBody]
    let images: [(url: String, width: Int?, height: Int?)?]
    /// Threads that score related releases.
    let jobs: Int

    /// How many related releases a release page shows.
    static let relatedCount = 4
    /// How far before and after a release, in date order, related releases
    /// are looked for by tag and bureau (projects are searched in full):
    /// bounds the work on 10,000 releases and favours releases of the same
    /// period (at 700 releases a year, 150 either side is about three months).
    static let relatedWindow = 150
    /// Summaries made from the body are cut here (content.md: about 160 graphemes).
    static let summaryLength = 160

    func build() -> SiteModel {
        let configuration = content.site
        let directory = Directory(configuration: configuration, urls: urls)
        let releases = content.releases
        let translations = Translations.pairs(releases)
        let related = RelatedReleases.find(releases, count: Self.relatedCount, window: Self.relatedWindow, jobs: jobs)
        let slugs = tagSlugs()
        let releaseObjects = releases.indices.map { index in
            ReleaseObject(release: releases[index], index: index, url: releasePaths[index], year: releaseYears[index],
                          tagSlugs: releases[index].tags.compactMap { slugs[$0] ?? nil },
                          body: releaseBodies[index], summary: Self.summary(releases[index].summary, releaseBodies[index]),
                          image: images[index], relatedIndices: related[index], translations: translations[index] ?? [],
                          directory: directory)
        }
        directory.fill(releases: releaseObjects, tags: tags(directory, slugs), bureaus: bureaus(directory), years: years(directory),
                       plans: plans(directory), pages: pages(directory))
        return SiteModel(directory: directory)
    }

    /// The summary written in the front matter, else the body's first paragraph, cut.
    static func summary(_ written: String?, _ body: RenderedBody) -> String {
        if let written { return written }
        let text = body.plainText.drop { $0 == "\n" }
        return ThaiWords.truncate(String(text.prefix { $0 != "\n" }), graphemes: Self.summaryLength)
    }

    /// The slug of each tag written anywhere, made once: a site has a few
    /// dozen tags on thousands of releases.
    private func tagSlugs() -> [String: String?] {
        var slugs = [String: String?]()
        for release in content.releases {
            for tag in release.tags where slugs[tag] == nil {
                slugs[tag] = .some(Slug.make(tag))
            }
        }
        return slugs
    }

    /// Tags by their slug (one tag written two ways is one tag), named as
    /// first written, in Thai dictionary order.
    private func tags(_ directory: Directory, _ slugs: [String: String?]) -> [TagObject] {
        var names = [String: String]()
        var members = [String: [Int]]()
        var order = [String]()
        for (index, release) in content.releases.enumerated() {
            for tag in release.tags {
                guard let slug = slugs[tag] ?? nil else { continue }
                if names[slug] == nil {
                    names[slug] = tag
                    order.append(slug)
                }
                if members[slug]?.last != index { members[slug, default: []].append(index) }
            }
        }
        let tags = order.map { TagObject(name: names[$0] ?? $0, slug: $0, releaseIndices: members[$0] ?? [], directory: directory) }
        return ThaiCollation.sorted(tags) { $0.name }
    }

    private func bureaus(_ directory: Directory) -> [BureauObject] {
        var members = [String: [Int]]()
        for (index, release) in content.releases.enumerated() {
            for bureau in release.bureaus { members[bureau, default: []].append(index) }
        }
        return content.site.bureaus.map { BureauObject(bureau: $0, releaseIndices: members[$0.id] ?? [], directory: directory) }
    }

    /// Buddhist-era years, newest first.
    private func years(_ directory: Directory) -> [YearObject] {
        var members = [Int: [Int]]()
        for (index, year) in releaseYears.enumerated() { members[year, default: []].append(index) }
        return members.keys.sorted(by: >).map { YearObject(year: $0, releaseIndices: members[$0] ?? [], directory: directory) }
    }

    private func plans(_ directory: Directory) -> [PlanObject] {
        content.plans.map { plan in
            var releaseIndices = [Int]()
            var projectReleases = [String: [Int]]()
            for (index, release) in content.releases.enumerated() where release.plan == plan.fiscalYear.year {
                releaseIndices.append(index)
                for project in release.projects { projectReleases[project, default: []].append(index) }
            }
            return PlanObject(plan: plan, releaseIndices: releaseIndices, projectReleases: projectReleases, directory: directory)
        }
    }

    /// Standing pages: those in the menu first, in its order, then the rest by title.
    private func pages(_ directory: Directory) -> [StandingPageObject] {
        let objects = content.pages.indices.map { index in
            StandingPageObject(page: content.pages[index], body: pageBodies[index],
                               description: Self.summary(nil, pageBodies[index]), directory: directory)
        }
        return objects.sorted { first, second in
            switch (first.page.menu, second.page.menu) {
            case let (a?, b?): a != b ? a < b : first.page.slug < second.page.slug
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): ThaiCollation.areInIncreasingOrder(first.page.title, second.page.title)
            }
        }
    }
}
