import ArgumentParser
import Content
import Diagnostics
import Foundation
import Site

/// `khao check`: load and validate the whole site without writing anything.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the site without building it: site.yaml, releases, pages, plans, templates, links, and the Thai text in all of them.",
        discussion: """
            Reports every problem at once as file:line:column diagnostics, then one summary line. \
            Exits 1 when there are errors; warnings (repairs the normaliser would make, unknown \
            front matter fields) do not fail the check.

            Examples:
              khao check
              khao check --site path/to/site --format json
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    func run() throws {
        let (options, _) = try siteOptions.buildOptions()
        var times = StageTimes()
        // Everything a build checks, up to the writing: content, plans,
        // templates, links and anchors.
        let (prepared, diagnostics) = SiteBuild.prepare(options, bundledTheme: BundledTheme.files, times: &times)
        let log = Terminal.report(diagnostics, format: siteOptions.format)
        if let counts = prepared?.counts {
            let summary = "checked \(count(counts.releases, "release")), \(count(counts.standingPages, "page"))"
                + " and \(count(counts.plans, "plan")) (\(count(counts.projects, "project")))"
            Terminal.output(summary + (log.summary.map { ": \($0)" } ?? ": no problems") + "\n")
        } else if log.omittedCount == 0 {
            // When diagnostics were left out, report already gave the counts.
            Terminal.error(log.summary ?? "the site has errors")
        }
        if log.hasErrors {
            throw ExitStatus.siteErrors
        }
    }
}
