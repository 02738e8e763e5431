import Content
import Diagnostics
import Foundation
import Templates

/// A site kept built for `khao serve`: built whole the first time and after
/// any change it cannot follow, and updated in place after the common one,
/// an edit to published releases that leaves the site's shape alone (their
/// body, title, summary, people…, but not their date, slug, tags, bureaus,
/// plan or image, which decide which pages list them). Then only the releases are
/// read again, and only the pages that read them while they were rendered
/// are rendered again (``PageReads``), with the feeds when they show one of
/// them (the sitemap knows only dates, which have not changed); the search index
/// follows in ``refreshSearch(into:)``, after the pages have been reloaded.
///
/// Used from one thread at a time (the watcher's).
public final class LiveBuild: @unchecked Sendable {
    /// What every build is asked to do.
    public let options: BuildOptions
    private let bundledTheme: [ThemeFile]
    private var site: PreparedSite?
    /// For each release (by index), the pages (by job index) that read it.
    private var readers: [Int32: [Int]] = [:]
    private var searchIndex = Value.none

    public init(options: BuildOptions, bundledTheme: [ThemeFile]) {
        self.options = options
        self.bundledTheme = bundledTheme
    }

    /// The site's base path, once built.
    public var basePath: String { site?.basePath ?? "/" }

    /// Builds the whole site into `output`; nil pages when it has errors
    /// (the diagnostics say which; warnings come too).
    public func build(into output: some BuildOutput) -> (pages: Int?, diagnostics: [Diagnostic]) {
        var times = StageTimes()
        var options = options
        options.now = Date()
        let (prepared, diagnostics) = SiteBuild.prepare(options, bundledTheme: bundledTheme, times: &times)
        guard let prepared else { return (nil, diagnostics) }
        let reads = PageReadLog(count: prepared.jobs.count)
        let written = prepared.write(to: output, jobs: options.jobs, times: &times, reads: reads)
        let all = diagnostics + written.diagnostics
        guard !all.contains(where: { $0.severity == .error }), let searchIndex = written.searchIndex else { return (nil, all) }
        site = prepared
        readers = reads.readers
        self.searchIndex = searchIndex
        return (prepared.jobs.count, all)
    }

    /// Applies the change of the files at `paths` (absolute) to the site in
    /// `output`, when all of them are published releases whose place in the
    /// site is unchanged: gives the pages rendered again and the releases'
    /// warnings. Nil when the change needs ``build(into:)``: anything else
    /// changed, or the new text has errors (a build reports them).
    public func update(_ paths: [String], into output: some BuildOutput) -> (pages: Int, diagnostics: [Diagnostic])? {
        guard let site, !paths.isEmpty else { return nil }
        let root = options.siteFolder.hasSuffix("/") ? String(options.siteFolder.dropLast()) : options.siteFolder
        let directory = site.model.directory
        var content = site.content
        var warnings = [Diagnostic]()
        var changed = [Int]()
        for path in Set(paths) {
            let relative = path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
            guard let index = content.releases.firstIndex(where: { $0.path == relative }) else {
                // A file come and gone (an editor's temporary copy), or a
                // release the site does not show (a draft just begun with
                // `khao new`), changes nothing.
                if !FileManager.default.fileExists(atPath: path) || isUnpublishedRelease(path, root: root, content: content) { continue }
                return nil
            }
            let old = content.releases[index]
            let (loaded, problems) = SiteContent.loadRelease(old.path, in: root, fallbackSlug: old.slug, site: content.site)
            guard let release = loaded, !problems.contains(where: { $0.severity == .error }) else { return nil }
            let body = site.renderer.render(release.body, firstLine: release.bodyLine, source: release.path)
            // Its place in the site the same, its links sound, its headings
            // (which other pages may link to) the same.
            guard Self.samePlace(release, old), !body.diagnostics.contains(where: { $0.severity == .error }),
                  body.headings.map(\.id) == directory.releases[index].body.headings.map(\.id) else { return nil }
            warnings += problems + body.diagnostics
            content.releases[index] = release
            directory.replace(directory.releases[index].with(release, body: body, summary: SiteModelBuilder.summary(release.summary, body)))
            changed.append(index)
        }

        // Pages that were handed an edited release (as `page`, or in a list
        // such as the home page's `latest`) get the new one; the rest reach
        // releases through the directory.
        let edited = Set(changed)
        let jobs = site.jobs.map { job in
            var job = job
            for (name, value) in job.context {
                if let replaced = Self.replacing(edited, in: value, from: directory) { job = job.adding(name, replaced) }
            }
            return job
        }
        var updated = site
        updated.jobs = jobs
        updated.content = content
        let pages = Set(changed.flatMap { readers[Int32($0)] ?? [] }).sorted()
        let results = updated.render(updated.jobs(searchIndex: searchIndex), pages, to: output, threads: options.jobs, reads: nil)
        let inFeeds = changed.contains { $0 < content.site.feedItems }
        let problems = results.compactMap(\.0) + (inFeeds ? updated.feeds.writeFeeds(to: output) : [])
        guard problems.isEmpty else { return nil }
        self.site = updated
        return (pages.count, warnings)
    }

    /// True when `path` is a release that loads without errors and that the
    /// site does not show (a draft, or dated in the future).
    private func isUnpublishedRelease(_ path: String, root: String, content: SiteContent) -> Bool {
        guard path.hasPrefix(root + "/content/news/"), path.hasSuffix(".md") else { return false }
        let relative = String(path.dropFirst(root.count + 1))
        let name = String(relative.split(separator: "/").last?.dropLast(".md".count) ?? "")
        let (release, problems) = SiteContent.loadRelease(relative, in: root, fallbackSlug: name, site: content.site)
        guard let release, !problems.contains(where: { $0.severity == .error }), content.planReferenceProblems(of: release).isEmpty else {
            return false
        }
        return !SiteContent.isPublished(release, .init(drafts: options.drafts, future: options.future, now: Date()))
    }

    /// `value` with the releases of `edited` (by index) put in afresh from
    /// `directory`, looking into lists and maps; nil when it holds none.
    private static func replacing(_ edited: Set<Int>, in value: Value, from directory: Directory) -> Value? {
        switch value {
        case .object(let object):
            guard let release = object as? ReleaseObject, edited.contains(release.index) else { return nil }
            return .object(directory.releases[release.index])
        case .list(let items):
            let replaced = items.map { replacing(edited, in: $0, from: directory) }
            guard replaced.contains(where: { $0 != nil }) else { return nil }
            return .list(zip(items, replaced).map { $1 ?? $0 })
        case .map(let map):
            var copy = map
            var changed = false
            for (key, item) in map.pairs {
                if let replaced = replacing(edited, in: item, from: directory) {
                    copy[key] = replaced
                    changed = true
                }
            }
            return changed ? .map(copy) : nil
        default:
            return nil
        }
    }

    /// True when `new` sits where `old` did: the fields that decide its URL,
    /// its order, the lists, tags, bureaus, plans and translations it is in,
    /// and the files copied with it. Title, summary, body and the rest are
    /// shown by the pages that read them.
    private static func samePlace(_ new: Release, _ old: Release) -> Bool {
        new.path == old.path && new.date == old.date && new.slug == old.slug && new.bureaus == old.bureaus && new.tags == old.tags
            && new.image == old.image && new.plan == old.plan && new.projects == old.projects && new.draft == old.draft
            && new.publishAt == old.publishAt && new.expiresAt == old.expiresAt && new.language == old.language
            && new.translationOf == old.translationOf
    }

    /// Indexes the site for search again after ``update(_:into:)`` and
    /// renders the search page, which names the index. The caller removes
    /// the old index's files first (`search/*.json`).
    public func refreshSearch(into output: some BuildOutput) -> [Diagnostic] {
        guard let site else { return [] }
        var times = StageTimes()
        let (value, problems) = site.writeSearch(to: output, jobs: options.jobs, times: &times)
        guard let value else { return problems }
        searchIndex = value
        let jobs = site.jobs(searchIndex: value)
        guard let page = jobs.firstIndex(where: { $0.path == SiteURLs.search }) else { return [] }
        return site.render(jobs, [page], to: output, threads: 1, reads: nil).compactMap(\.0)
    }
}
