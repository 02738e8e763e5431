import Content
import Diagnostics
import Foundation
import Synchronization
import Templates

/// A site kept built for `khao serve`: built whole the first time, then
/// updated after each change to its releases and standing pages by
/// rendering again only the pages whose output the change can alter.
///
/// A page is a function of its template, its context and the fields of the
/// model it read while it rendered (``PageReads``), so:
/// - an edit that leaves a release's place in the site alone (its body,
///   title, summary…) is applied in place: the release is read and rendered
///   again, and only the pages that read it are rendered again (the budget is
///   100 ms on 10,000 releases);
/// - any other change to releases, pages and templates (a date, slug, tag
///   or bureau, a file added, renamed or deleted, a template edited) makes
///   the model again from the content in memory, with only the changed files
///   read and their bodies rendered, and renders the pages that are new,
///   were handed other things, read a field whose value changed, or use a
///   changed template; pages gone are taken away.
///
/// Feeds and the sitemap are written again when they can have changed; the
/// search index follows in ``refreshSearch(into:)``, after the pages have been
/// reloaded. A change to site.yaml, a plan, the theme's assets or a file
/// that is copied needs ``build(into:)``.
///
/// Used from one thread at a time (the watcher's).
public final class LiveBuild: @unchecked Sendable {
    /// What an update came to.
    public enum Update {
        /// `pages` were rendered again; the changed files' warnings.
        case updated(pages: Int, diagnostics: [Diagnostic])
        /// The changed files have errors; the site is as it was, and the
        /// files are tried again with the next change.
        case failed(diagnostics: [Diagnostic])
        /// The change is one only a whole build can follow.
        case needsBuild
    }

    /// What every build is asked to do.
    public let options: BuildOptions
    private let bundledTheme: [ThemeFile]
    private var site: PreparedSite?
    private var reads = PageReadLog()
    private var searchIndex = Value.none
    /// The files (site-relative) changed since `site` was made: an update
    /// that failed leaves them here for the next.
    private var pending = Set<String>()

    public init(options: BuildOptions, bundledTheme: [ThemeFile]) {
        var options = options
        options.keepsSources = true
        self.options = options
        self.bundledTheme = bundledTheme
    }

    /// The site's base path, once built.
    public var basePath: String { site?.basePath ?? "/" }

    private var root: String {
        options.siteFolder.hasSuffix("/") ? String(options.siteFolder.dropLast()) : options.siteFolder
    }

    /// Builds the whole site into `output`; nil pages when it has errors
    /// (the diagnostics say which; warnings come too).
    public func build(into output: some BuildOutput) -> (pages: Int?, diagnostics: [Diagnostic]) {
        var times = StageTimes()
        var options = options
        options.now = Date()
        let (prepared, diagnostics) = SiteBuild.prepare(options, bundledTheme: bundledTheme, times: &times)
        guard let prepared else { return (nil, diagnostics) }
        let reads = PageReadLog()
        let written = prepared.write(to: output, jobs: options.jobs, times: &times, reads: reads)
        let all = diagnostics + written.diagnostics
        guard !all.contains(where: { $0.severity == .error }), let searchIndex = written.searchIndex else { return (nil, all) }
        site = prepared
        self.reads = reads
        self.searchIndex = searchIndex
        pending = []
        return (prepared.jobs.count, all)
    }

    /// Applies the change of the files at `paths` (absolute) to the site in `output`.
    public func update(_ paths: [String], into output: some LiveOutput) -> Update {
        guard let site else { return .needsBuild }
        for path in paths {
            guard path.hasPrefix(root + "/") else { return .needsBuild }
            pending.insert(String(path.dropFirst(root.count + 1)))
        }
        // A file come and gone that the site never used (an editor's
        // temporary copy) changes nothing.
        let changed = pending.filter { site.uses($0) || FileManager.default.fileExists(atPath: root + "/" + $0) }
        let sources = changed.filter(SiteContent.isReloadable)
        let update: Update
        if sources.count == changed.count {
            update = updateInPlace(changed, site, into: output) ?? restructure(changed, site, theme: site.theme, into: output)
        } else if changed.allSatisfy({ sources.contains($0) || $0.hasPrefix("templates/") }) {
            var problems = [Diagnostic]()
            let files = Theme.files(siteFolder: root, bundled: bundledTheme, into: &problems)
            let theme = Theme.load(files, configuration: site.content.site, urls: site.model.directory.urls, into: &problems)
            guard let theme, !problems.contains(where: { $0.severity == .error }) else { return .failed(diagnostics: problems) }
            // New styles or fonts: every page links them by another name.
            guard Theme.sameAssets(theme, site.theme) else { return .needsBuild }
            update = restructure(sources, site, theme: theme, into: output)
        } else {
            return .needsBuild
        }
        if case .updated = update { pending = [] }
        return update
    }

    /// The update when every changed file is a published release that
    /// stays where it was, with the headings other pages may link to; nil otherwise.
    private func updateInPlace(_ changed: Set<String>, _ site: PreparedSite, into output: some LiveOutput) -> Update? {
        let directory = site.model.directory
        var content = site.content
        var warnings = [Diagnostic]()
        var edits = [(index: Int, release: Release, body: RenderedBody)]()
        for path in changed {
            guard let index = content.releases.firstIndex(where: { $0.path == path }) else { return nil }
            let old = content.releases[index]
            let (loaded, problems) = SiteContent.loadRelease(path, in: root, fallbackSlug: old.slug, site: content.site)
            guard let release = loaded, !problems.contains(where: { $0.severity == .error }) else { return nil }
            let body = site.renderer.render(release.body, firstLine: release.bodyLine, source: release.path)
            guard Self.samePlace(release, old), !body.diagnostics.contains(where: { $0.severity == .error }),
                  body.headings.map(\.id) == directory.releases[index].body.headings.map(\.id) else { return nil }
            warnings += problems + body.diagnostics
            edits.append((index, release, body))
        }
        for (index, release, body) in edits {
            content.releases[index] = release
            directory.replace(directory.releases[index].with(release, body: body, summary: SiteModelBuilder.summary(release.summary, body)))
        }
        let edited = Set(edits.map(\.index))

        // Pages that were handed an edited release (as `page`, or in a list
        // such as the home page's `latest`) get the new one; the rest reach
        // releases through the directory.
        var updated = site
        updated.jobs = site.jobs.map { job in
            var job = job
            for (name, value) in job.context {
                if let replaced = Self.replacing(edited, in: value, from: directory) { job = job.adding(name, replaced) }
            }
            return job
        }
        updated.content = content
        // A release's other language versions show its title.
        let shown = edited.union(edited.flatMap { directory.releases[$0].translations.map(\.index) })
        let pages = reads.pages { read in (read.object as? ReleaseObject).map { shown.contains($0.index) } ?? false }
        let jobs = updated.jobs(searchIndex: searchIndex)
        let staged = StagedOutput()
        let results = updated.render(jobs, jobs.indices.filter { pages.contains(jobs[$0].path) }, to: staged, threads: options.jobs, reads: reads)
        let problems = results.compactMap(\.0) + (edited.contains { $0 < content.site.feedItems } ? updated.feeds.writeFeeds(to: staged) : [])
        guard problems.isEmpty else { return failing(problems) }
        let writeProblems = staged.apply(to: output)
        guard writeProblems.isEmpty else { return failing(writeProblems) }
        self.site = updated
        return .updated(pages: pages.count, diagnostics: warnings)
    }

    /// The update for any change to releases, standing pages and templates
    /// (`theme`): the model made again, the pages it changes rendered again.
    private func restructure(_ changed: Set<String>, _ site: PreparedSite, theme: Theme, into output: some LiveOutput) -> Update {
        var options = options
        options.now = Date()
        let (content, loadProblems) = site.content.reloading(changed, in: root, options: .init(drafts: options.drafts, future: options.future,
                                                                                                now: options.now))
        guard let content else { return .failed(diagnostics: loadProblems) }
        var times = StageTimes()
        let (assembled, problems) = SiteBuild.assemble(content, options, bundledTheme: bundledTheme, times: &times, theme: theme, reusing: site)
        // The other files' warnings were reported when they changed.
        let diagnostics = (loadProblems + problems).filter { $0.severity == .error || changed.contains($0.path) }
        guard let prepared = assembled else { return .failed(diagnostics: diagnostics) }

        let jobs = prepared.jobs(searchIndex: searchIndex)
        let before = Dictionary(site.jobs(searchIndex: searchIndex).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var pages = reads.rebase(onto: prepared.model.objectsByKey(jobs), jobs: options.jobs)
        let edited = theme.templates.changed(from: site.theme.templates)
        let retemplated = Set(jobs.map(\.template)).filter { !theme.templates.reach(of: $0).isDisjoint(with: edited) }
        for job in jobs {
            // A new page, one handed other things, or one whose templates changed.
            if let old = before[job.path], old.template == job.template, ReadValues.same(old.context, job.context),
               !retemplated.contains(job.template) { continue }
            pages.insert(job.path)
        }
        let staged = StagedOutput()
        let rendered = jobs.indices.filter { pages.contains(jobs[$0].path) }
        let results = prepared.render(jobs, rendered, to: staged, threads: options.jobs, reads: reads)
        let renderProblems = results.compactMap(\.0) + prepared.feeds.write(to: staged, renderedPaths: jobs.map(\.path))
        guard renderProblems.isEmpty else { return failing(renderProblems) }

        let paths = Set(jobs.map(\.path))
        for job in site.jobs where !paths.contains(job.path) {
            output.remove(SiteURLs.file(for: job.path))
            reads.remove(job.path)
        }
        // Files copied beside a bundle move with it.
        let copies = Set(prepared.copies.map { "\($0.path)\n\($0.source)" })
        let copied = Set(site.copies.map { "\($0.path)\n\($0.source)" })
        for copy in site.copies where !copies.contains("\(copy.path)\n\(copy.source)") { output.remove(copy.path) }
        for copy in prepared.copies where !copied.contains("\(copy.path)\n\(copy.source)") {
            do { try staged.copy(from: copy.source, to: copy.path) } catch {
                return failing([.writeFailure(error, path: copy.path, copying: true)])
            }
        }
        let writeProblems = staged.apply(to: output)
        guard writeProblems.isEmpty else { return failing(writeProblems) }
        self.site = prepared
        return .updated(pages: rendered.count, diagnostics: diagnostics)
    }

    /// The site's pages could not be made: they may now be half updated,
    /// so the next change builds the site whole.
    private func failing(_ problems: [Diagnostic]) -> Update {
        site = nil
        return .failed(diagnostics: problems)
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
        return site.render(jobs, [page], to: output, threads: 1, reads: reads).compactMap(\.0)
    }
}

/// The files of an update, held until every page of it has rendered, so
/// that an update that fails leaves the served site whole.
private final class StagedOutput: BuildOutput, @unchecked Sendable {
    private let files = Mutex<[(path: String, bytes: [UInt8])]>([])

    func write(_ path: String, _ bytes: [UInt8]) throws {
        files.withLock { $0.append((path, bytes)) }
    }

    private let copies = Mutex<[(source: String, path: String)]>([])

    func copy(from source: String, to path: String) throws {
        copies.withLock { $0.append((source, path)) }
    }

    /// Writes the files into `output`: the problems of those that could not be.
    func apply(to output: some BuildOutput) -> [Diagnostic] {
        var problems = [Diagnostic]()
        for file in files.withLock({ $0 }) {
            do { try output.write(file.path, file.bytes) } catch {
                problems.append(.writeFailure(error, path: file.path))
            }
        }
        for copy in copies.withLock({ $0 }) {
            do { try output.copy(from: copy.source, to: copy.path) } catch {
                problems.append(.writeFailure(error, path: copy.path, copying: true))
            }
        }
        return problems
    }
}
