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
        var diagnostics = [Diagnostic]()
        let folder = options.siteFolder

        let (loaded, loadProblems) = times.measure(.loadContent) {
            SiteContent.load(folder: folder, options: .init(drafts: options.drafts, future: options.future, now: options.now))
        }
        diagnostics += loadProblems
        guard var content = loaded else { return (nil, diagnostics) }
        if let baseURL = options.baseURL { content.site.baseURL = baseURL }
        guard let urls = SiteURLs(baseURL: content.site.baseURL) else {
            diagnostics.append(.error("the base URL \"\(content.site.baseURL)\" is not an absolute http or https URL",
                                      path: "content/site.yaml", code: "bad-value", hint: "write base_url: https://www.example.go.th/"))
            return (nil, diagnostics)
        }

        let theme = times.measure(.loadTheme) {
            Theme.load(Theme.files(siteFolder: folder, bundled: bundledTheme, into: &diagnostics), configuration: content.site, urls: urls,
                       into: &diagnostics)
        }

        let layout = times.measure(.mapSources) { SourceLayout(content: content, siteFolder: folder, into: &diagnostics) }

        let renderer = BodyRenderer(map: layout.map, urls: urls, siteFolder: folder, options: MarkdownOptions(unsafeHTML: content.site.unsafeHTML))
        let (releaseBodies, pageBodies) = times.measure(.renderMarkdown) {
            let releaseBodies = ParallelMap.map(content.releases, jobs: options.jobs) { release in
                renderer.render(release.body, firstLine: release.bodyLine, source: release.path)
            }
            let pageBodies = ParallelMap.map(content.pages, jobs: options.jobs) { page in
                renderer.render(page.body, firstLine: page.bodyLine, source: page.path)
            }
            return (releaseBodies, pageBodies)
        }
        times.measure(.checkLinks) {
            let bodies = releaseBodies + pageBodies
            diagnostics += bodies.flatMap(\.diagnostics)
            var headings = [String: [String]]()
            for (source, body) in zip(content.releases.map(\.path) + content.pages.map(\.path), bodies) {
                headings[source] = body.headings.map(\.id)
            }
            diagnostics += AnchorCheck.diagnostics(bodies.flatMap(\.anchors), headings: headings)
        }
        guard let theme, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }

        let model = times.measure(.buildModel) {
            SiteModelBuilder(content: content, urls: urls, releasePaths: layout.releasePaths, releaseYears: layout.releaseYears,
                             releaseBodies: releaseBodies, pageBodies: pageBodies, images: layout.releaseImages).build()
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
}
