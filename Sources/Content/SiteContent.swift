import Diagnostics
import Foundation

/// Everything under `content/` that the site is built from, loaded and checked.
public struct SiteContent: Sendable {
    public var site: SiteConfiguration
    /// Published releases, newest first (ties by path, so the order is the same on every run).
    public var releases: [Release]
    public var pages: [StandingPage]
    /// The plans of `content/plans/YEAR/plan.yaml`, oldest year first.
    public var plans: [Plan]
    /// The releases and standing pages that had errors and were left out
    /// (``loadAll(folder:options:)``), by path: links to them are not
    /// reported again as links to nothing.
    public var unloadedSources: Set<String> = []

    /// The plan of fiscal year `year` (BE), if there is one.
    public func plan(_ year: Int) -> Plan? {
        plans.first { $0.fiscalYear.year == year }
    }

    /// The published releases naming `plan`'s projects and bureaus.
    public func releases(of plan: Plan) -> PlanReleases {
        PlanReleases(plan: plan, releases: releases)
    }

    /// Which releases are published.
    public struct Options: Sendable {
        public var drafts = false
        public var future = false
        /// The moment "future" and "expired" are measured from.
        public var now = Date()
        /// Threads that read and parse releases (`--jobs`).
        public var jobs = ProcessInfo.processInfo.activeProcessorCount

        public init(drafts: Bool = false, future: Bool = false, now: Date = Date(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
            self.drafts = drafts
            self.future = future
            self.now = now
            self.jobs = jobs
        }
    }

    /// Loads the site in `folder` (the one holding `content/`). Diagnostic
    /// paths are relative to it. Nil when there are errors.
    public static func load(folder: String, options: Options = Options()) -> (SiteContent?, [Diagnostic]) {
        let (content, diagnostics) = loadAll(folder: folder, options: options)
        return (diagnostics.contains { $0.severity == .error } ? nil : content, diagnostics)
    }

    /// Loads what of the site in `folder` can be loaded: the releases,
    /// pages and plans without errors, and the paths of the releases and
    /// pages left out (``unloadedSources``). Nil only when site.yaml has
    /// errors. For a build that checks the rest of the site (its Markdown,
    /// its links, its theme) before it stops, so that one run shows every problem.
    public static func loadAll(folder: String, options: Options = Options()) -> (SiteContent?, [Diagnostic]) {
        let root = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var (loadedSite, diagnostics) = loadSite(folder: root)
        guard let site = loadedSite else { return (nil, diagnostics) }

        let releaseFiles = markdownFiles(under: "content/news", in: root, into: &diagnostics)
        let results = ParallelMap.map(releaseFiles, jobs: options.jobs) { file in
            loadRelease(file.path, in: root, fallbackSlug: file.slug, site: site)
        }
        var releases = [Release]()
        // Drafts and future releases too: their links to plans must hold when they are published.
        var loadedReleases = [Release]()
        var unloaded = Set<String>()
        for ((release, problems), file) in zip(results, releaseFiles) {
            diagnostics += problems
            if let release, !problems.contains(where: { $0.severity == .error }) {
                loadedReleases.append(release)
                if isPublished(release, options) { releases.append(release) }
            } else {
                unloaded.insert(file.path)
            }
        }
        releases = newestFirst(releases)

        var pages = [StandingPage]()
        for file in markdownFiles(under: "content/pages", in: root, into: &diagnostics) {
            let (page, problems) = loadPage(file.path, in: root, fallbackSlug: file.slug)
            diagnostics += problems
            if let page, !problems.contains(where: { $0.severity == .error }) { pages.append(page) } else { unloaded.insert(file.path) }
        }
        diagnostics += urlProblems(releases: releases, pages: pages, site: site)

        let (plans, otherYears) = loadPlans(in: root, site: site, into: &diagnostics)
        diagnostics += PlanReferenceCheck.diagnostics(for: loadedReleases.sorted { $0.path < $1.path }, plans: plans, otherYears: otherYears)

        return (SiteContent(site: site, releases: releases, pages: pages, plans: plans, unloadedSources: unloaded), diagnostics)
    }

    /// Only `content/site.yaml` of the site in `folder`, decoded and
    /// normalised as `load` reads it, for a command that needs the settings
    /// and not the content (`khao new`). Nil when it has errors.
    public static func loadSite(folder: String) -> (SiteConfiguration?, [Diagnostic]) {
        let root = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var diagnostics = [Diagnostic]()
        guard let siteText = text(of: "content/site.yaml", in: root, kind: .yaml, into: &diagnostics) else {
            return (nil, diagnostics)
        }
        let (site, siteProblems) = SiteConfiguration.load(siteText, path: "content/site.yaml")
        return (site, diagnostics + siteProblems)
    }

    /// The plans of `content/plans/*/plan.yaml`, and the fiscal years of
    /// those that did not load (named by their folder).
    private static func loadPlans(in root: String, site: SiteConfiguration, into diagnostics: inout [Diagnostic]) -> ([Plan], Set<Int>) {
        let folder = "content/plans"
        guard SourceFiles.isFolder(root + "/" + folder) else { return ([], []) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder).sorted()
        } catch {
            diagnostics.append(.error("cannot be listed: \(error.localizedDescription)", path: folder, code: "io"))
            return ([], [])
        }
        var plans = [Plan]()
        var otherYears = Set<Int>()
        for name in names where !name.hasPrefix(".") {
            let path = "\(folder)/\(name)/plan.yaml"
            guard FileManager.default.fileExists(atPath: root + "/" + path) else { continue }
            guard let text = text(of: path, in: root, kind: .yaml, into: &diagnostics) else {
                if let year = Int(name) { otherYears.insert(year) }
                continue
            }
            let (plan, problems) = Plan.load(text, path: path, site: site) { tablePath in
                var tableProblems = [Diagnostic]()
                let text = Self.text(of: tablePath, in: root, kind: .csv, into: &tableProblems)
                return (text, tableProblems)
            }
            diagnostics += problems
            if let plan {
                plans.append(plan)
            } else if let year = Int(name) {
                otherYears.insert(year)
            }
        }
        plans.sort { $0.fiscalYear < $1.fiscalYear }
        return (plans, otherYears)
    }

    /// Drops the Markdown of the releases at `indices`: a build renders it
    /// once and reads it no more.
    public mutating func forgetMarkdown(ofReleases indices: Range<Int>) {
        for index in indices { releases[index].body = "" }
    }

    /// Drops the Markdown of every standing page, rendered already.
    public mutating func forgetMarkdownOfPages() {
        for index in pages.indices { pages[index].body = "" }
    }

    /// The problems of `release`'s links to this site's plans and projects,
    /// as ``load(folder:options:)`` finds them.
    public func planReferenceProblems(of release: Release) -> [Diagnostic] {
        // A site that loaded has no plan with errors.
        PlanReferenceCheck.diagnostics(for: [release], plans: plans, otherYears: [])
    }

    /// True when `release` is on the site built with `options` (not a draft
    /// unless drafts are asked for, not in the future or expired unless the future is).
    public static func isPublished(_ release: Release, _ options: Options) -> Bool {
        if release.draft && !options.drafts { return false }
        if !options.future {
            if release.date > options.now { return false }
            if let publishAt = release.publishAt, publishAt > options.now { return false }
            if let expiresAt = release.expiresAt, expiresAt <= options.now { return false }
        }
        return true
    }

    /// The decoded, normalised text of a file, with its decoding problems
    /// and normaliser findings added to `diagnostics`; nil when it cannot be read.
    /// The release in the file at `path` (relative to the site folder
    /// `root`), read as ``load(folder:options:)`` reads every release: for
    /// `khao serve`, which reads again only the files that changed.
    public static func loadRelease(_ path: String, in root: String, fallbackSlug: String, site: SiteConfiguration) -> (Release?, [Diagnostic]) {
        var problems = [Diagnostic]()
        guard let text = text(of: path, in: root, kind: .markdown, into: &problems) else { return (nil, problems) }
        let folder = SitePath.parent(root + "/" + path)
        let (release, releaseProblems) = Release.load(text, path: path, fallbackSlug: fallbackSlug, site: site) { name in
            FileManager.default.fileExists(atPath: folder + "/" + name)
        }
        return (release, problems + releaseProblems)
    }

    /// The standing page in the file at `path`, as ``load(folder:options:)`` reads it.
    static func loadPage(_ path: String, in root: String, fallbackSlug: String) -> (StandingPage?, [Diagnostic]) {
        var problems = [Diagnostic]()
        guard let text = text(of: path, in: root, kind: .markdown, into: &problems) else { return (nil, problems) }
        let (page, pageProblems) = StandingPage.load(text, path: path, fallbackSlug: fallbackSlug)
        return (page, problems + pageProblems)
    }

    private static func text(of path: String, in root: String, kind: SourceKind, into diagnostics: inout [Diagnostic]) -> String? {
        let bytes: [UInt8]
        do {
            bytes = try SourceFiles.read(root + "/" + path)
        } catch {
            diagnostics.append(.error("cannot be read: \(error.reason)", path: path, code: "io"))
            return nil
        }
        let source = NormalizedSource(bytes: bytes, path: path, kind: kind)
        diagnostics += source.diagnostics
        return source.text
    }

    /// Markdown files under `folder`: `NAME.md` gives slug NAME; a bundle
    /// `NAME/index.md` gives slug NAME, and the files beside it are its own.
    private static func markdownFiles(under folder: String, in root: String, into diagnostics: inout [Diagnostic]) -> [(path: String, slug: String)] {
        guard SourceFiles.isFolder(root + "/" + folder) else { return [] }
        let files: [String]
        do {
            files = try SourceFiles.textFiles(under: root + "/" + folder)
        } catch {
            diagnostics.append(.error("cannot be listed: \(error.reason)", path: folder, code: "io"))
            return []
        }
        return files.compactMap { file in
            // By bytes: the files all start with `root/`, and dropping
            // Characters walks grapheme clusters.
            let relative = String(file[file.utf8.index(file.startIndex, offsetBy: root.utf8.count + 1)...])
            guard SourceKind(path: relative) == .markdown else { return nil }
            return (relative, fileSlug(relative))
        }
    }

    /// The slug a Markdown file gets when its front matter names none:
    /// `NAME.md` gives NAME, a bundle's `NAME/index.md` NAME too.
    public static func fileSlug(_ path: String) -> String {
        let name = SitePath.lastComponent(path)
        return String(name.lowercased() == "index.md" ? SitePath.lastComponent(SitePath.parent(path)) : SitePath.removingExtension(name))
    }

    /// An error for each URL two sources would share, and for each standing
    /// page whose slug the build takes for its own pages.
    static func urlProblems(releases: [Release], pages: [StandingPage], site: SiteConfiguration) -> [Diagnostic] {
        var diagnostics = duplicateURLs(releases.map { ("/news/\($0.year(in: site.timeZone))/\($0.slug)/", $0.path) })
        diagnostics += duplicateURLs(pages.map { ("/\($0.slug)/", $0.path) })
        for page in pages where StandingPage.reservedSlugs.contains(page.slug) {
            diagnostics.append(.error("\(page.path) would be published at /\(page.slug)/, where the build writes its own pages", path: page.path,
                                      line: 1, column: 1, code: "duplicate-url",
                                      hint: "give it another slug (slug: …); \(StandingPage.reservedSlugs.sorted().joined(separator: ", ")) are taken"))
        }
        return diagnostics
    }

    /// `releases` newest first, ties in path order. Sorted by index: a
    /// release is a large value, and moving them costs more than comparing.
    static func newestFirst(_ releases: [Release]) -> [Release] {
        let keys = releases.map { (date: $0.date, path: $0.path) }
        let order = keys.indices.sorted { keys[$0].date != keys[$1].date ? keys[$0].date > keys[$1].date : keys[$0].path < keys[$1].path }
        return order.map { releases[$0] }
    }

    /// An error for each URL that two sources would both be published at.
    private static func duplicateURLs(_ entries: [(url: String, path: String)]) -> [Diagnostic] {
        var first = [String: String]()
        var diagnostics = [Diagnostic]()
        for (url, path) in entries.sorted(by: { $0.path < $1.path }) {
            if let earlier = first[url] {
                diagnostics.append(.error("\(path) and \(earlier) would both be published at \(url)", path: path, line: 1, column: 1,
                                          code: "duplicate-url", hint: "give one of them another slug: slug: …"))
            } else {
                first[url] = path
            }
        }
        return diagnostics
    }
}
