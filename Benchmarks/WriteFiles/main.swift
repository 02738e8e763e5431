import Content
import Dispatch
import Foundation
import Site

// Writes 10,000 files of about 8 KB, as a build writes its pages, three
// ways in one run on the same disk, and prints the seconds of each:
//   stage, new output:       OutputStage from all cores, then commit (one syncfs, rename)
//   stage, replacing output: the same again onto that output (exchange, old tree deleted)
//   Foundation Data.write:   Data.write(to:) from all cores (it fsyncs every file)
// Each page gets a folder of its own (news/N/item-M/index.html), as on the site.
// Usage: write-files [FOLDER]  (default: a new folder in the temporary folder)

let fileCount = 10_000
let page = [UInt8]((0..<8_192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
let paths = (0..<fileCount).map { "news/\($0 / 100)/item-\($0)/index.html" }

let base = CommandLine.arguments.dropFirst().first
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("khao-write-files-\(UUID().uuidString)").path
try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: base) }

/// The result of `work` and the seconds it took.
func timed<Result>(_ work: () throws -> Result) rethrows -> (Result, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try work()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Writes every page through a new stage for `output`, in parallel, and
/// commits; returns the seconds of each part.
func buildThroughStage(_ output: String) throws -> (write: Double, commit: Double) {
    let (built, written) = try timed {
        let stage = try OutputStage(replacing: try OutputLocation.check(output, site: base + "/site"))
        let failures = ParallelMap.map(paths) { path -> FileError? in
            do throws(FileError) {
                try stage.write(path, page)
                return nil
            } catch {
                return error
            }
        }
        return (stage: stage, failures: failures.compactMap { $0 })
    }
    if let failure = built.failures.first { throw failure }
    let (_, committed) = try timed { try built.stage.commit() }
    return (written, committed)
}

let output = base + "/output"
let staged = try buildThroughStage(output)
let swapped = try buildThroughStage(output)

let foundationFolder = URL(fileURLWithPath: base + "/foundation")
let (_, foundation) = try timed {
    for folder in Set(paths.map { ($0 as NSString).deletingLastPathComponent }) {
        try FileManager.default.createDirectory(at: foundationFolder.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    let data = Data(page)
    let failures = ParallelMap.map(paths) { path -> String? in
        do {
            try data.write(to: foundationFolder.appendingPathComponent(path))
            return nil
        } catch {
            return "\(error)"
        }
    }
    if let failure = failures.compactMap({ $0 }).first { throw FileError(path: foundationFolder.path, reason: failure) }
}

print("\(fileCount) files of \(page.count) bytes in \(base)")
print(String(format: "stage, new output:       %.3f s (write %.3f, commit %.3f)", staged.write + staged.commit, staged.write, staged.commit))
print(String(format: "stage, replacing output: %.3f s (write %.3f, commit %.3f incl. deleting the old tree)", swapped.write + swapped.commit, swapped.write, swapped.commit))
print(String(format: "Foundation Data.write:   %.3f s", foundation))
