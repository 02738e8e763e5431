import ArgumentParser
import Diagnostics
import Foundation
import Site

/// The flags of every command that reads a whole site (cli.md): which site,
/// which releases, and how diagnostics are written.
struct SiteOptions: ParsableArguments {
    @Option(help: "The site folder, holding content/site.yaml. Default: the current folder, else the bundled example.")
    var site: String?

    @Flag(help: "Include draft releases.")
    var drafts = false

    @Flag(help: "Include releases dated in the future or past their expiry.")
    var future = false

    @Option(help: "How diagnostics are written: text or json (one JSON object per line).")
    var format: DiagnosticFormat = .text

    /// The build options for the site these flags name.
    func buildOptions() throws -> (options: BuildOptions, isExample: Bool) {
        let (folder, isExample) = try SiteFolder.resolve(site)
        var options = BuildOptions(siteFolder: folder)
        options.drafts = drafts
        options.future = future
        return (options, isExample)
    }
}
