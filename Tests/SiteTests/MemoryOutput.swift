import Foundation
@testable import Site
import Synchronization

/// A build output kept in memory, for tests that look at what a build wrote.
final class MemoryOutput: BuildOutput {
    private let files = Mutex<[String: [UInt8]]>([:])

    func write(_ path: String, _ bytes: [UInt8]) throws {
        files.withLock { $0[path] = bytes }
    }

    func copy(from source: String, to path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: source)))
        files.withLock { $0[path] = bytes }
    }

    var paths: [String] { files.withLock { $0.keys.sorted() } }

    func bytes(_ path: String) -> [UInt8]? {
        files.withLock { $0[path] }
    }

    func text(_ path: String) -> String? {
        files.withLock { $0[path] }.map { String(decoding: $0, as: UTF8.self) }
    }
}

/// The repository, found from this file: the bundled example and theme live there.
enum Repository {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.path
    }()
}

/// Builds a site into memory; fails the test with the diagnostics when it does not build.
struct TestBuild {
    let output = MemoryOutput()
    let diagnostics: [String]
    let counts: BuildCounts?
    /// The stages that ran, in order, as `--metrics` names them.
    let stages: [String]

    init(siteFolder: String, jobs: Int = 2, now: Date = Date(timeIntervalSince1970: 1_400_000_000)) {
        var options = BuildOptions(siteFolder: siteFolder)
        options.jobs = jobs
        options.now = now
        var times = StageTimes()
        let (prepared, problems) = SiteBuild.prepare(options, bundledTheme: [], times: &times)
        var all = problems
        if let prepared {
            all += prepared.write(to: output, jobs: jobs, times: &times)
        }
        diagnostics = all.map { "\($0.path):\($0.line ?? 0):\($0.column ?? 0): \($0.severity): \($0.message)" }
        counts = prepared?.counts
        stages = times.stages.map(\.name)
    }
}
