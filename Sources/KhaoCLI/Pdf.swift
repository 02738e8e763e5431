import ArgumentParser
import Foundation
import Print
import Serve
import Site

/// `khao pdf`: the site built as `khao build` builds it, then every print
/// document (briefs, releases' print versions) printed to PDF with headless
/// Chromium into `output/pdf/`.
struct Pdf: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, then print its briefs and printable releases to PDF under output/pdf/.",
        discussion: """
            Needs Chromium (Debian: apt-get install chromium), found on PATH as chromium, \
            chromium-browser, google-chrome or google-chrome-stable, or given with --chromium. \
            Documents print in parallel, one browser per core; a brief is printed twice so that \
            its contents list shows the real page numbers. Each document's screen view links \
            its PDF.

            Examples:
              khao pdf
              khao pdf --chromium /usr/bin/chromium --output /tmp/cpd
            """
    )

    @OptionGroup var siteOptions: SiteOptions
    @OptionGroup var flags: BuildFlags

    @Option(help: "The Chromium or Chrome to print with. Default: the first found on PATH.")
    var chromium: String?

    func run() throws {
        let started = Date()
        // Before building: a missing browser is said at once, not after the build.
        let browser: Chromium
        do {
            browser = try Chromium.find(explicit: chromium)
        } catch {
            Terminal.error("error: \(error.message)")
            Terminal.error("hint: \(error.hint)")
            throw ExitStatus.usage
        }
        let built = try SiteBuildRun(siteOptions: siteOptions, flags: flags).run(linkPDFs: true)
        let buildSeconds = Date().timeIntervalSince(started)
        let output = URL(fileURLWithPath: built.output)
        // Chromium reads the pages over HTTP, from the server `khao serve`
        // uses, so links from the site's root work as on the web.
        let site = FolderSite(root: output, basePath: built.prepared.basePath)
        let server = try ServedOutput(site)
        defer { server.stop() }

        let jobs = built.prepared.printDocuments.map { path in
            PrintJob(document: output.appendingPathComponent(SiteURLs.file(for: path)),
                     pdf: output.appendingPathComponent(String(SiteURLs.pdf(for: path).dropFirst())))
        }
        if !flags.quiet {
            Terminal.error("printing \(jobs.count) document\(jobs.count == 1 ? "" : "s") with \(browser.executable)…")
        }
        let printStarted = Date()
        // Contents page numbers in Thai digits, as the pages are numbered (print.md).
        let run = PrintRun(chromium: browser, digits: .thai, jobs: flags.jobs, address: { server.address(of: $0, in: output) })
        let results = run.print(jobs)
        let failures = results.compactMap(\.failure)
        for failure in failures {
            Terminal.error("error: \(failure.message)")
            if !failure.stderr.isEmpty { Terminal.error(failure.stderr) }
        }
        guard failures.isEmpty else {
            Terminal.error("\(failures.count) of \(jobs.count) documents could not be printed")
            throw ExitStatus.ioFailure
        }
        if !flags.quiet {
            Terminal.output(BuildSummaryLine.text(built.prepared.counts, seconds: buildSeconds, output: built.shown, warnings: built.warnings) + "\n")
            Terminal.output(String(format: "printed %d PDF%@ in %.1f s → %@/pdf", jobs.count, jobs.count == 1 ? "" : "s",
                                   Date().timeIntervalSince(printStarted), built.shown) + "\n")
        }
        if flags.metrics || flags.verbose {
            Terminal.error(BuildSummaryLine.metrics(built.times, templates: flags.metrics))
        }
    }
}
