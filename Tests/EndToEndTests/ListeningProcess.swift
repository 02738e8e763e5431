import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A server run as a child process on port 0, which prints the port the
/// system gave it: started, waited for until it says so, and killed when
/// the test lets go of it.
final class ListeningProcess {
    let port: Int
    private let process = Process()
    private let log: URL

    /// `marker`: what the server prints just before the port number.
    init(_ executable: URL, _ arguments: [String], in folder: URL? = nil, log: URL, portAfter marker: String) throws {
        self.log = log
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        var found: Int?
        for _ in 0..<300 where found == nil {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            found = text.range(of: marker).flatMap { Int(text[$0.upperBound...].prefix { $0.isNumber }) }
            if found == nil { Thread.sleep(forTimeInterval: 0.1) }
        }
        guard let found else {
            kill(process.processIdentifier, SIGKILL)
            let printed = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(executable.lastPathComponent) did not start: \(printed)"])
        }
        port = found
    }

    /// What it printed so far.
    func output() -> String {
        (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    }

    /// SIGKILL, not SIGTERM: the test runner's threads block SIGTERM, and a
    /// child inherits that mask, so the server would never hear it.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit { stop() }
}
