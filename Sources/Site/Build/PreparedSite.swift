import Content
import Diagnostics
import Dispatch
import Foundation
import Templates

/// A site that passed every check, ready to be written.
public struct PreparedSite: Sendable {
    let model: SiteModel
    let theme: Theme
    var jobs: [RenderJob]
    let environment: RenderEnvironment
    let copies: [(source: String, path: String)]
    let feeds: FeedSource
    /// What it was made from, for an update that re-renders a few pages (``LiveBuild``).
    var content: SiteContent
    let renderer: BodyRenderer

    /// The site paths of the print documents (releases' print versions and
    /// briefs), in page order: what `khao pdf` prints.
    public var printDocuments: [String] {
        jobs.map(\.path).filter(SiteURLs.isPrintDocument)
    }

    /// True when the file at `path` (relative to the site folder) is one
    /// this site was made from: a release or standing page it shows, a file
    /// it copies, site.yaml, a plan's file or a template. A file that is
    /// not there and was none of these (an editor's temporary copy, a draft
    /// deleted) changes nothing.
    func uses(_ path: String) -> Bool {
        path == "content/site.yaml" || path.hasPrefix("content/plans/") || path.hasPrefix("templates/")
            || content.releases.contains { $0.path == path } || content.pages.contains { $0.path == path }
            || copies.contains { $0.source.hasSuffix("/" + path) }
    }

    /// The site's base path (`/`, or `/khao/` for `base_url: https://x.go.th/khao/`), which its links begin with.
    public var basePath: String {
        model.directory.urls.link("/")
    }

    /// What the summary line counts.
    public var counts: BuildCounts {
        let directory = model.directory
        return BuildCounts(pages: jobs.count, releases: directory.releases.count, tags: directory.tags.count,
                           bureaus: directory.bureaus.count, years: directory.years.count, plans: directory.plans.count,
                           standingPages: directory.pages.count, projects: directory.plans.reduce(0) { $0 + $1.projects.count },
                           briefs: jobs.count { $0.path.hasPrefix("/briefs/") })
    }

    /// Indexes the site for search and writes the index, then renders every
    /// page on `jobs` threads into `output`, then the feeds, the sitemap,
    /// the theme's assets and the files of `content/`. Errors come back as
    /// diagnostics; the caller then abandons the output.
    ///
    /// The index is made here, not while preparing, so that `khao check`
    /// does not pay for it; it is written before the pages so that its
    /// tables are gone before the pages' buffers come.
    public func write(to output: some BuildOutput, jobs threads: Int, times: inout StageTimes) -> [Diagnostic] {
        write(to: output, jobs: threads, times: &times, reads: nil).diagnostics
    }

    /// The same, noting in `reads` what each page read (`khao serve`);
    /// also gives the search page's link to the index.
    func write(to output: some BuildOutput, jobs threads: Int, times: inout StageTimes,
               reads: PageReadLog?) -> (diagnostics: [Diagnostic], searchIndex: Value?) {
        let (searchIndex, searchProblems) = writeSearch(to: output, jobs: threads, times: &times)
        guard let searchIndex else { return (Self.firstOfEach(searchProblems), nil) }
        let jobs = jobs(searchIndex: searchIndex)

        let results = times.measure(.renderPages) { render(jobs, jobs.indices, to: output, threads: threads, reads: reads) }
        for (job, result) in zip(jobs, results) { times.templates[job.template, default: 0] += result.1 }
        var diagnostics = Self.firstOfEach(results.compactMap(\.0))
        guard diagnostics.isEmpty else { return (diagnostics, searchIndex) }

        diagnostics += times.measure(.feedsAndSitemap) { feeds.write(to: output, renderedPaths: jobs.map(\.path)) }
        diagnostics += times.measure(.copyFiles) {
            var problems = [Diagnostic]()
            for asset in theme.assetFiles {
                do { try output.write(asset.path, asset.bytes) } catch {
                    problems.append(.writeFailure(error, path: asset.path))
                }
            }
            for copy in copies {
                do { try output.copy(from: copy.source, to: copy.path) } catch {
                    problems.append(.writeFailure(error, path: copy.path, copying: true))
                }
            }
            return Self.firstOfEach(problems)
        }
        return (diagnostics, searchIndex)
    }

    /// Indexes the site for search and writes the index's files; gives the
    /// manifest's link, which the search page hands to its script.
    func writeSearch(to output: some BuildOutput, jobs threads: Int, times: inout StageTimes) -> (Value?, [Diagnostic]) {
        let search = times.measure(.buildSearchIndex) {
            let documents = SearchDocument.all(in: model.directory, jobs: threads)
            return SearchFiles(SearchIndex.build(documents, jobs: threads), documents, jobs: threads)
        }
        let problems = times.measure(.writeSearchIndex) {
            ParallelMap.map(0..<search.count, jobs: threads) { number -> Diagnostic? in
                let file = search.file(number)
                do { try output.write(file.path, file.bytes) } catch {
                    return .writeFailure(error, path: file.path)
                }
                return nil
            }.compactMap { $0 }
        }
        return problems.isEmpty ? (.text(model.directory.urls.link(search.manifest)), []) : (nil, problems)
    }

    /// The pages, the search page given the index's manifest.
    func jobs(searchIndex: Value) -> [RenderJob] {
        jobs.map { $0.path == SiteURLs.search ? $0.adding("search_index", searchIndex) : $0 }
    }

    /// Renders `indices` of `jobs` on `threads` threads into `output`: per
    /// page, its error and its time.
    func render(_ jobs: [RenderJob], _ indices: some Collection<Int>, to output: some BuildOutput, threads: Int,
                reads: PageReadLog?) -> [(Diagnostic?, Double)] {
        let templates = theme.templates
        let environment = environment
        return ParallelMap.map(indices, jobs: threads) { index -> (Diagnostic?, Double) in
            let job = jobs[index]
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                var buffer = [UInt8]()
                buffer.reserveCapacity(32 << 10)
                if let reads {
                    let (_, read) = try PageReads.recording { try templates.render(job.template, job.context, environment: environment, into: &buffer) }
                    reads.set(job.path, read)
                } else {
                    try templates.render(job.template, job.context, environment: environment, into: &buffer)
                }
                try output.write(SiteURLs.file(for: job.path), buffer)
            } catch let error as TemplateError {
                return (error.diagnostic, 0)
            } catch {
                return (.writeFailure(error, path: SiteURLs.file(for: job.path)), 0)
            }
            return (nil, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
    }

    /// A template error shows on every page that uses the template, and a
    /// full disk on every file after the first: each is reported once, not
    /// ten thousand times, a failed write with how many more failed alike.
    private static func firstOfEach(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var kept = [Diagnostic]()
        var places = [String: Int]()
        var alike = [Int: Int]()
        for diagnostic in diagnostics {
            let key = diagnostic.code == "io" ? diagnostic.message : "\(diagnostic.path):\(diagnostic.line ?? 0):\(diagnostic.column ?? 0):\(diagnostic.message)"
            if let place = places[key] {
                alike[place, default: 0] += 1
            } else {
                places[key] = kept.count
                kept.append(diagnostic)
            }
        }
        for (place, count) in alike where kept[place].code == "io" {
            kept[place].notes.append("and \(count) more file\(count == 1 ? "" : "s") for the same reason")
        }
        return kept
    }
}

/// The numbers of the summary line (cli.md): `built 1,286 pages (1,200 news, 48 tags, …)`.
public struct BuildCounts: Sendable, Equatable {
    public var pages, releases, tags, bureaus, years, plans, standingPages, projects, briefs: Int
}
