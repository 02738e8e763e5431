import Foundation
import TestSupport
import Testing

/// Runs the real `khao` binary (or another executable of the package), built
/// beside this test bundle, in a folder.
struct KhaoProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let stdoutBytes: [UInt8]
        /// True when the process outran its time limit and was killed.
        var timedOut = false
    }

    /// The `khao` executable SwiftPM built next to the test runner.
    static var binary: URL {
        builtBeside("khao")
    }

    /// An executable of the package: SwiftPM builds every one next to the
    /// test runner when it builds the tests.
    static func builtBeside(_ name: String) -> URL {
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return runner.deletingLastPathComponent().appendingPathComponent(name)
    }

    /// Runs `khao arguments` (or `executable arguments`) in `folder`, with a
    /// fixed zone and locale unless `environment` says otherwise; a process
    /// still running after `timeLimit` seconds is killed (a hang fails its
    /// test instead of the whole run).
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:], executable: URL = binary,
                    timeLimit: Double? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["TZ"] = "UTC"
        env["LANG"] = "C"
        env.merge(environment) { $1 }
        process.environment = env
        // Files, not pipes: a pipe that fills up would block the child.
        let out = folder.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = folder.appendingPathComponent(".stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: out.path, contents: nil),
              FileManager.default.createFile(atPath: err.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        // Set by the watchdog that killed the process, read after it ended.
        let killed = Locked(false)
        if let timeLimit {
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) { [process] in
                guard process.isRunning else { return }
                killed.change { $0 = true }
                kill(pid, SIGKILL)
            }
        }
        process.waitUntilExit()
        let stdout = try Data(contentsOf: out)
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self),
            stdoutBytes: [UInt8](stdout), timedOut: killed.current)
    }
}

typealias Scratch = TemporaryFolder

extension TemporaryFolder {
    /// The inode of a file: the same number after a rewrite means the file was not replaced.
    func inode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(path).path)
        return (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
    }
}
