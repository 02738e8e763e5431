import Foundation
import Site

/// The progress line of a long run (cli.md): `[9/13] render pages`, redrawn
/// in place on a terminal, absent when standard error is a file or a pipe.
final class Progress: Sendable {
    private let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    var show: @Sendable (BuildStage) -> Void {
        { [self] stage in
            guard enabled else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(stage.number)/\(BuildStage.allCases.count)] \(stage.rawValue)".utf8))
        }
    }

    /// Removes the line before anything else is printed.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
