import Content
import Diagnostics
import Foundation
import Site

/// One build as the command line runs it, for `khao build` and `khao pdf`:
/// check the output folder, prepare, write into a fresh folder, swap it
/// in, report. Errors are printed here and come back as the exit status.
struct SiteBuildRun {
    let siteOptions: SiteOptions
    let flags: BuildFlags

    /// What a finished build leaves for the command to go on with.
    struct Built {
        let prepared: PreparedSite
        /// The output folder, absolute.
        let output: String
        /// How the summary line shows the output folder.
        let shown: String
        var times: StageTimes
        let warnings: String?
    }

    /// Builds the site; `linkPDFs` when `khao pdf` will write the PDFs the
    /// print documents link.
    func run(linkPDFs: Bool = false) throws -> Built {
        var (options, isExample) = try siteOptions.buildOptions()
        let folder = options.siteFolder
        let format = siteOptions.format
        let outputPath = flags.output ?? (isExample ? FileManager.default.currentDirectoryPath : folder) + "/output"
        let location: OutputLocation
        do {
            location = try OutputLocation.check(outputPath, site: folder)
        } catch {
            Terminal.error("error: \(error.message)")
            Terminal.error("hint: \(error.hint)")
            throw ExitStatus.usage
        }

        let progress = Progress(enabled: !flags.quiet && format == .text)
        var times = StageTimes(progress: progress.show)
        options.baseURL = flags.baseURL
        options.jobs = flags.jobs
        options.linkPDFs = linkPDFs
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
        let problems = prepared.write(to: StageOutput(stage: stage), jobs: flags.jobs, times: &times)
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
        return Built(prepared: prepared, output: location.path, shown: location.shown, times: times, warnings: log.summary)
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
