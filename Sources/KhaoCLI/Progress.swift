import Foundation
import Synchronization

/// The progress line of a long run (cli.md): `[3/9] render pages`, redrawn
/// in place on a terminal, absent when standard error is a file or a pipe.
final class Progress: Sendable {
    private let enabled: Bool
    private let step = Mutex(0)
    /// How many stages a build has, for `[n/total]`.
    static let stages = 9

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    var show: @Sendable (String) -> Void {
        { [self] name in
            guard enabled else { return }
            let number = step.withLock { $0 += 1; return $0 }
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(min(number, Self.stages))/\(Self.stages)] \(name)".utf8))
        }
    }

    /// Removes the line before anything else is printed.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
