import Content
import Diagnostics
import Foundation
import Markdown
import Templates
import Thai

/// The build, as the list of its stages (architecture.md): read the
/// content, load the theme, render the Markdown, build the model, plan the
/// pages. Nothing is written until every stage has passed: ``PreparedSite``
/// then indexes and writes the whole site in one go.
///
/// ```swift
/// var times = StageTimes()
/// let (prepared, diagnostics) = SiteBuild.prepare(options, bundledTheme: theme, times: &times)
/// let summary = try prepared?.write(to: output, jobs: 2, times: &times)
/// ```
public enum SiteBuild {
    public static func prepare(_ options: BuildOptions, bundledTheme: [ThemeFile], times: inout StageTimes) -> (PreparedSite?, [Diagnostic]) {
        let (loaded, loadProblems) = times.measure(.loadContent) {
            SiteContent.loadAll(folder: options.siteFolder, options: .init(drafts: options.drafts, future: options.future, now: options.now, jobs: options.jobs))
        }
        // Handed on, not kept: assemble lets the Markdown go once rendered.
        guard let content = consume loaded else { return (nil, loadProblems) }
        // Content with errors goes on as far as the checks go (the theme,
        // the Markdown, the links), so that one run shows every problem.
        let checksOnly = loadProblems.contains { $0.severity == .error }
        let (prepared, problems) = assemble(consume content, options, bundledTheme: bundledTheme, times: &times, checksOnly: checksOnly)
        return (prepared, loadProblems + problems)
    }

    /// The stages after loading, for `content`, with `theme` when it is
    /// given. With `previous` (a site prepared from older content of the
    /// same site.yaml and plans, for `khao serve`), its rendered bodies are
    /// kept where their Markdown and the places their links lead to are the same.
    /// With `checksOnly` (content that had errors) it stops after the
    /// checks: the theme, the Markdown and the links.
    static func assemble(_ loaded: consuming SiteContent, _ options: BuildOptions, bundledTheme: [ThemeFile], times: inout StageTimes,
                         theme given: Theme? = nil, reusing previous: PreparedSite? = nil, checksOnly: Bool = false) -> (PreparedSite?, [Diagnostic]) {
        var diagnostics = [Diagnostic]()
        let folder = options.siteFolder
        var content = loaded
        if let baseURL = options.baseURL { content.site.baseURL = baseURL }
        guard let urls = SiteURLs(baseURL: content.site.baseURL) else {
            diagnostics.append(.error("the base URL \"\(content.site.baseURL)\" is not an absolute http or https URL",
                                      path: "content/site.yaml", code: "bad-value", hint: "write base_url: https://www.example.go.th/"))
            return (nil, diagnostics)
        }

        let theme = times.measure(.loadTheme) {
            given ?? Theme.load(Theme.files(siteFolder: folder, bundled: bundledTheme, into: &diagnostics), configuration: content.site,
                                          urls: urls, into: &diagnostics)
        }

        let layout = times.measure(.mapSources) { SourceLayout(content: content, siteFolder: folder, into: &diagnostics) }

        let renderer = BodyRenderer(map: layout.map, urls: urls, siteFolder: folder, options: MarkdownOptions(unsafeHTML: content.site.unsafeHTML))
        let (releaseBodies, pageBodies) = times.measure(.renderMarkdown) {
            let kept = previous.map(KeptBodies.init) ?? KeptBodies()
            var releaseBodies = [RenderedBody]()
            releaseBodies.reserveCapacity(content.releases.count)
            // In batches, each batch's Markdown let go once rendered (unless
            // kept for `khao serve`): the memory it held then serves the next
            // batch's bodies, instead of every source and every body being
            // held at once.
            for start in stride(from: 0, to: content.releases.count, by: Self.markdownBatch) {
                let batch = start..<min(start + Self.markdownBatch, content.releases.count)
                releaseBodies += ParallelMap.map(content.releases[batch], jobs: options.jobs) { release in
                    kept.body(of: release.path, release.body, release.bodyLine, through: renderer)
                        ?? renderer.render(release.body, firstLine: release.bodyLine, source: release.path)
                }
                if !options.keepsSources { content.forgetMarkdown(ofReleases: batch) }
            }
            let pageBodies = ParallelMap.map(content.pages, jobs: options.jobs) { page in
                kept.body(of: page.path, page.body, page.bodyLine, through: renderer)
                    ?? renderer.render(page.body, firstLine: page.bodyLine, source: page.path)
            }
            return (releaseBodies, pageBodies)
        }
        if !options.keepsSources { content.forgetMarkdownOfPages() }
        times.measure(.checkLinks) {
            let bodies = releaseBodies + pageBodies
            diagnostics += bodies.flatMap(\.diagnostics)
            var headings = [String: [String]]()
            for (source, body) in zip(content.releases.map(\.path) + content.pages.map(\.path), bodies) {
                headings[source] = body.headings.map(\.id)
            }
            diagnostics += AnchorCheck.diagnostics(bodies.flatMap(\.anchors), headings: headings)
        }
        guard let theme, !checksOnly, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }

        let model = times.measure(.buildModel) {
            SiteModelBuilder(content: content, urls: urls, releasePaths: layout.releasePaths, releaseYears: layout.releaseYears,
                             releaseBodies: releaseBodies, pageBodies: pageBodies, images: layout.releaseImages, jobs: options.jobs).build()
        }
        let jobs = times.measure(.planPages) { PagePlan.jobs(model, linkPDFs: options.linkPDFs) }
        let missing = Set(jobs.map(\.template)).filter { !theme.templates.contains($0) }.sorted()
        guard missing.isEmpty else {
            return (nil, diagnostics + missing.map { name in
                .error("the theme has no template \(name), which \(jobs.first { $0.template == name }?.path ?? "a page") needs", path: "templates/\(name)",
                       code: "missing-template", hint: "add templates/\(name), or remove it from your templates/ to use the bundled one")
            })
        }
        let environment = RenderEnvironment(timeZone: content.site.timeZone, textOrder: { ThaiCollation.areInIncreasingOrder($0, $1) })
        return (PreparedSite(model: model, theme: theme, jobs: jobs, environment: environment, copies: layout.copies,
                             feeds: FeedSource(model: model), content: content, renderer: renderer), diagnostics)
    }

    /// Releases whose Markdown is rendered before it is let go.
    private static let markdownBatch = 512
}

/// The bodies of a site prepared before, by source, for the next
/// preparation to keep instead of rendering them again.
private struct KeptBodies {
    private var bodies: [String: (markdown: String, firstLine: Int, body: RenderedBody)] = [:]
    private var map: SourceMap?

    init() {}

    init(_ site: PreparedSite) {
        for release in site.model.directory.releases {
            bodies[release.release.path] = (release.release.body, release.release.bodyLine, release.body)
        }
        for page in site.model.directory.pages {
            bodies[page.page.path] = (page.page.body, page.page.bodyLine, page.body)
        }
        map = site.renderer.map
    }

    /// The body kept for `source`, when it was rendered from the same
    /// Markdown and `renderer` would put its links where they were.
    func body(of source: String, _ markdown: String, _ firstLine: Int, through renderer: BodyRenderer) -> RenderedBody? {
        guard let map, let kept = bodies[source], kept.markdown == markdown, kept.firstLine == firstLine,
              renderer.wouldKeep(kept.body, renderedThrough: map) else { return nil }
        return kept.body
    }
}
