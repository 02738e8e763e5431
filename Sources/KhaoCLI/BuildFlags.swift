import ArgumentParser
import Foundation

/// The flags of the commands that build the site (`build`, `pdf`): where it
/// goes, its address, threads, and how much is printed.
struct BuildFlags: ParsableArguments {
    @Option(help: "Where the site is written. Default: output/ in the site folder.")
    var output: String?

    @Option(name: .customLong("base-url"), help: "The site's address, instead of base_url in site.yaml.")
    var baseURL: String?

    @Option(help: "Threads rendering pages. Default: all cores. The output is the same for any number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print nothing but errors and warnings.")
    var quiet = false

    @Flag(help: "Print the time of each stage at the end.")
    var verbose = false

    @Flag(help: "Print the time of each stage and each template, slowest first.")
    var metrics = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
    }
}
