import ArgumentParser
import Content
import Diagnostics

/// `khao normalize`: repair Thai text in source files.
struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Repair Thai text in source files: broken sara am, misordered marks, invisible characters, old font glyphs.",
        discussion: """
            Prints the normalised text by default. Folders stand for the Markdown, YAML, CSV and \
            text files in them. A Windows-874 (TIS-620) or UTF-16 file is re-encoded to UTF-8; \
            CSV files keep or get a UTF-8 byte order mark so Excel still opens them.

            Examples:
              khao normalize content/news/2555/brainstorm.md
              khao normalize --check content/
              khao normalize --write content/plans/2556/projects.csv
            """
    )

    @Flag(help: "List what would change as file:line:column warnings; exit 1 if any file would change.")
    var check = false

    @Flag(help: "Rewrite the files that change, in place and atomically.")
    var write = false

    @Option(help: "How diagnostics are written: text or json (one JSON object per line).")
    var format: DiagnosticFormat = .text

    @Argument(help: "The files and folders to normalise.")
    var paths: [String]

    func validate() throws {
        if check && write {
            throw ValidationError("--check and --write cannot be used together.")
        }
    }

    func run() throws {
        let run = SourceNormalizationRun(paths: paths, write: write)
        let printsText = !check && !write
        // When printing the text, the repairs are in the text itself; only
        // what stops a file or needs a person is worth a message.
        let diagnostics = printsText
            ? run.diagnostics.filter { $0.severity == .error || !isRepair($0, in: run) }
            : run.diagnostics
        Terminal.report(diagnostics, format: format)
        if printsText {
            for source in run.sources {
                if let output = source.output {
                    Terminal.output(bytes: output)
                }
            }
        } else {
            Terminal.output(summary(of: run))
        }
        throw exitStatus(of: run)
    }

    private func isRepair(_ diagnostic: Diagnostic, in run: SourceNormalizationRun) -> Bool {
        diagnostic.code.map(SourceNormalizationRun.isRepairCode) ?? false
    }

    private func exitStatus(of run: SourceNormalizationRun) -> ExitStatus {
        if !run.fileErrors.isEmpty { return .ioFailure }
        if run.sources.contains(where: \.failed) { return .siteErrors }
        if check && run.sources.contains(where: \.changed) { return .siteErrors }
        return .success
    }

    private func summary(of run: SourceNormalizationRun) -> String {
        let sources = run.sources
        let changed = sources.count { $0.changed }
        let total = files(sources.count + run.fileErrors.count)
        var parts = [check
            ? (changed == 0 ? "\(total) checked, none would change" : "\(changed) of \(total) would change")
            : "normalized \(run.written.count) of \(total)"]
        let withErrors = sources.count(where: \.failed)
        if withErrors > 0 {
            parts.append("\(files(withErrors)) with errors left as they are")
        }
        if !run.fileErrors.isEmpty {
            parts.append("\(files(run.fileErrors.count)) could not be read")
        }
        return parts.joined(separator: "; ") + "\n"
    }

    private func files(_ count: Int) -> String {
        count == 1 ? "1 file" : "\(count) files"
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
