import ArgumentParser
import Content
import Diagnostics
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

    func run() throws {
        let started = Date()
        var (options, isExample) = try siteOptions.buildOptions()
        let folder = options.siteFolder
        let format = siteOptions.format
        let outputPath = output ?? (isExample ? FileManager.default.currentDirectoryPath : folder) + "/output"
        let location: OutputLocation
        do {
            location = try OutputLocation.check(outputPath, site: folder)
        } catch {
            Terminal.error("error: \(error.message)")
            Terminal.error("hint: \(error.hint)")
            throw ExitStatus.usage
        }

        let progress = Progress(enabled: !quiet && format == .text)
        var times = StageTimes(progress: progress.show)
        options.baseURL = baseURL
        options.jobs = jobs
        let (prepared, diagnostics) = SiteBuild.prepare(options, bundledTheme: BundledTheme.files, times: &times)
        guard let prepared else {
            progress.clear()
            let log = Terminal.report(diagnostics, format: format)
            if log.omittedCount == 0 { Terminal.error(log.summary ?? "the site has errors") }
            throw ExitStatus.siteErrors
        }

        let stage: OutputStage
        do {
            stage = try OutputStage(replacing: location)
        } catch {
            progress.clear()
            Terminal.error("error: \(error.path): \(error.reason)")
            throw ExitStatus.ioFailure
        }
        let problems = prepared.write(to: StageOutput(stage: stage), jobs: jobs, times: &times)
        if !problems.isEmpty {
            stage.abandon()
            progress.clear()
            Terminal.report(diagnostics + problems, format: format)
            throw ExitStatus.ioFailure
        }
        do {
            try times.measure(.swapIn) { () throws(FileError) in try stage.commit() }
        } catch {
            stage.abandon()
            progress.clear()
            Terminal.error("error: \(error.path): \(error.reason)")
            throw ExitStatus.ioFailure
        }
        progress.clear()
        let log = Terminal.report(diagnostics, format: format)
        if !quiet {
            let seconds = Date().timeIntervalSince(started)
            Terminal.output(BuildSummaryLine.text(prepared.counts, seconds: seconds, output: location.shown, warnings: log.summary) + "\n")
        }
        if metrics || verbose {
            Terminal.error(BuildSummaryLine.metrics(times, templates: metrics))
        }
    }
}

/// Lets the build write into the writer's fresh folder.
struct StageOutput: BuildOutput {
    let stage: OutputStage

    func write(_ path: String, _ bytes: [UInt8]) throws {
        try stage.write(path, bytes)
    }

    func copy(from source: String, to path: String) throws {
        try stage.copy(from: source, to: path)
    }
}
