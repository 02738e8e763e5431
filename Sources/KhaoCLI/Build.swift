import ArgumentParser
import Foundation
import Site

/// `khao build`: the whole site into `output/`, swapped in only when every page rendered.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the website into output/ (or --output DIR).",
        discussion: """
            Checks everything first (content, plans, templates, links and anchors), then renders \
            every page into a fresh folder beside the output and swaps it in at the end: a build \
            with errors writes nothing, and the previous output stays as it was.

            Examples:
              khao build
              khao build --site ~/cpd --output /var/www/cpd
              khao build --base-url https://www.cpd.go.th/khao/
              khao build --drafts --future --metrics
            """
    )

    @OptionGroup var siteOptions: SiteOptions
    @OptionGroup var flags: BuildFlags

    func run() throws {
        let started = Date()
        let built = try SiteBuildRun(siteOptions: siteOptions, flags: flags).run()
        if !flags.quiet {
            let seconds = Date().timeIntervalSince(started)
            Terminal.output(BuildSummaryLine.text(built.prepared.counts, seconds: seconds, output: built.shown, warnings: built.warnings) + "\n")
        }
        if flags.metrics || flags.verbose {
            Terminal.error(BuildSummaryLine.metrics(built.times, templates: flags.metrics))
        }
    }
}
