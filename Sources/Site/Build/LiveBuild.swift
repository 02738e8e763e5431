import Content
import Diagnostics
import Foundation
import Templates

/// A site kept built for `khao serve`: built whole the first time and after
/// any change it cannot follow, and updated in place after the common one,
/// an edit to the body of published releases. Then only the releases are
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
    /// `output`, when all of them are published releases whose front matter
    /// is unchanged: gives the pages rendered again and the releases'
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
            guard let index = content.releases.firstIndex(where: { root + "/" + $0.path == path }) else {
                // A file come and gone (an editor's temporary copy) changes nothing.
                if !FileManager.default.fileExists(atPath: path) { continue }
                return nil
            }
            let old = content.releases[index]
            let (loaded, problems) = SiteContent.loadRelease(old.path, in: root, fallbackSlug: old.slug, site: content.site)
            guard var release = loaded, !problems.contains(where: { $0.severity == .error }) else { return nil }
            let body = site.renderer.render(release.body, firstLine: release.bodyLine, source: release.path)
            // The same but for the body, its links sound, its headings (which
            // other pages may link to) the same.
            let edited = release
            release.body = old.body
            release.bodyLine = old.bodyLine
            guard release == old, !body.diagnostics.contains(where: { $0.severity == .error }),
                  body.headings.map(\.id) == directory.releases[index].body.headings.map(\.id) else { return nil }
            warnings += problems + body.diagnostics
            content.releases[index] = edited
            directory.replace(directory.releases[index].with(edited, body: body, summary: SiteModelBuilder.summary(edited.summary, body)))
            changed.append(index)
        }

        // The pages of the edited releases see them as `page`; every other
        // page reaches releases through the directory.
        var jobs = site.jobs
        let edited = Set(changed)
        for index in jobs.indices {
            guard case .object(let object)? = jobs[index].context["page"], let release = object as? ReleaseObject,
                  edited.contains(release.index) else { continue }
            jobs[index] = jobs[index].adding("page", .object(directory.releases[release.index]))
        }
        let updated = PreparedSite(model: site.model, theme: site.theme, jobs: jobs, environment: site.environment, copies: site.copies,
                                   feeds: site.feeds, content: content, renderer: site.renderer, linkPDFs: site.linkPDFs)
        let pages = Set(changed.flatMap { readers[Int32($0)] ?? [] }).sorted()
        let results = updated.render(updated.jobs(searchIndex: searchIndex), pages, to: output, threads: options.jobs, reads: nil)
        let inFeeds = changed.contains { $0 < content.site.feedItems }
        let problems = results.compactMap(\.0) + (inFeeds ? updated.feeds.writeFeeds(to: output) : [])
        guard problems.isEmpty else { return nil }
        self.site = updated
        return (pages.count, warnings)
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
