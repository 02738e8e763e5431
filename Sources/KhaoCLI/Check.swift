import ArgumentParser
import Content
import Diagnostics
import Foundation

/// `khao check`: load and validate the whole site without writing anything.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the site without building it: site.yaml, releases, pages, and the Thai text in all of them.",
        discussion: """
            Reports every problem at once as file:line:column diagnostics, then one summary line. \
            Exits 1 when there are errors; warnings (repairs the normaliser would make, unknown \
            front matter fields) do not fail the check.

            Examples:
              khao check
              khao check --site path/to/site --format json
            """
    )

    @Option(help: "The site folder, holding content/site.yaml. Default: the current folder.")
    var site: String?

    @Flag(help: "Include draft releases.")
    var drafts = false

    @Flag(help: "Include releases dated in the future or past their expiry.")
    var future = false

    @Option(help: "How diagnostics are written: text or json (one JSON object per line).")
    var format: DiagnosticFormat = .text

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    func run() throws {
        let folder = site ?? FileManager.default.currentDirectoryPath
        guard FileManager.default.fileExists(atPath: folder + "/content/site.yaml") else {
            Terminal.error("error: \(folder) has no content/site.yaml")
            Terminal.error("hint: run khao in a site folder, or name one with --site DIR")
            throw ExitStatus.usage
        }
        let (content, diagnostics) = SiteContent.load(folder: folder, options: .init(drafts: drafts, future: future))
        let log = Terminal.report(diagnostics, format: format)
        if let content {
            let projects = content.plans.reduce(0) { $0 + $1.projects.count }
            let counts = "checked \(count(content.releases.count, "release")), \(count(content.pages.count, "page"))"
                + " and \(count(content.plans.count, "plan")) (\(count(projects, "project")))"
            Terminal.output(counts + (log.summary.map { ": \($0)" } ?? ": no problems") + "\n")
        } else if log.omittedCount == 0 {
            // When diagnostics were left out, report already gave the counts.
            Terminal.error(log.summary ?? "the site has errors")
        }
        if log.hasErrors {
            throw ExitStatus.siteErrors
        }
    }
}
