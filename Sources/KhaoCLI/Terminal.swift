import Diagnostics
import Foundation

/// Where the command writes: results on standard output, diagnostics and
/// messages on standard error.
enum Terminal {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func output(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes a run's diagnostics, at most as many as a log keeps (cli.md:
    /// 100), then the counts when some were left out; returns the log.
    @discardableResult
    static func report(_ diagnostics: [Diagnostic], format: DiagnosticFormat) -> DiagnosticLog {
        var log = DiagnosticLog()
        log.append(contentsOf: diagnostics)
        if !log.diagnostics.isEmpty {
            FileHandle.standardError.write(Data(log.diagnostics.map(format.render).joined().utf8))
        }
        if log.omittedCount > 0, let summary = log.summary {
            error(summary)
        }
        return log
    }
}
