import Foundation
import TestSupport
import Testing

/// quality.md, "Nothing lost": a build killed at any moment, a full disk
/// and a read-only output leave the previous site whole; `normalize
/// --write` and `new` killed at any moment leave the user's file whole.
@Suite("Faults, end to end")
struct FaultTests {
    /// Runs `khao arguments` in `folder` and kills it (SIGKILL) after `seconds`.
    static func killed(_ arguments: [String], in folder: URL, after seconds: Double) throws {
        let process = Process()
        process.executableURL = KhaoProcess.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: seconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// A site of 150 generated releases, with the example's site.yaml and plans.
    static func generatedSite() throws -> Scratch {
        let scratch = try Scratch()
        let result = try KhaoProcess.run(["--count", "150", "--seed", "5", "--out", scratch.path + "/site"], in: scratch.url,
                                         executable: BenchCorpusTests.generator)
        try #require(result.status == 0, "\(result.stderr)")
        return scratch
    }

    /// The output trees before and after a change, and how long a build took.
    @Test func aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNew() throws {
        let scratch = try Self.generatedSite()
        let site = scratch.url.appendingPathComponent("site")
        let tree = BuildCommandTests().tree
        try #require(try KhaoProcess.run(["build", "--quiet"], in: site).status == 0)
        let old = try tree(site.appendingPathComponent("output"))

        // The change: a new release, which changes its page, the lists, the feeds and the search index.
        try scratch.write("site/content/news/2556/late.md", "---\ntitle: ข่าวล่าสุด\ndate: 2013-09-30\ntags: [ใหม่]\n---\nเนื้อข่าวล่าสุด\n")
        let reference = try Scratch()
        try FileManager.default.copyItem(at: site.appendingPathComponent("content"), to: reference.url.appendingPathComponent("content"))
        let start = Date()
        try #require(try KhaoProcess.run(["build", "--quiet"], in: reference.url).status == 0)
        let seconds = Date().timeIntervalSince(start)
        let new = try tree(reference.url.appendingPathComponent("output"))
        try #require(new != old)

        // Killed at eight moments spread over a build, the last ones near its swap.
        for moment in 0..<8 {
            try Self.killed(["build", "--quiet"], in: site, after: seconds * (Double(moment) + 0.5) / 8)
            let now = try tree(site.appendingPathComponent("output"))
            #expect(now == old || now == new, "killed after \(moment + 1)/8 of a build: a mix of two sites")
        }
        // The next build cleans up what the killed ones left and gives the new site.
        try #require(try KhaoProcess.run(["build", "--quiet"], in: site).status == 0)
        #expect(try tree(site.appendingPathComponent("output")) == new)
        let left = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { !["content", "output", "corpus-manifest.json"].contains($0) && !$0.hasPrefix(".std") }
        #expect(left == [])
    }

    @Test func normalizeKilledAtAnyMomentLeavesTheFileWhole() throws {
        let scratch = try Scratch()
        // Four megabytes of decomposed sara am and a tone mark typed
        // before its vowel: every line is repaired.
        let original = Array(String(repeating: "กรมส่งเสริมสหกรณ์ทํางานร่วมกัน ก่ีคน\n", count: 40_000).utf8)
        try scratch.write("release.md", bytes: original)
        try scratch.write("reference.md", bytes: original)
        let start = Date()
        try #require(try KhaoProcess.run(["normalize", "--write", "reference.md"], in: scratch.url).status == 0)
        let seconds = Date().timeIntervalSince(start)
        let normalized = try scratch.bytes("reference.md")
        try #require(normalized != original)

        for moment in 0..<6 {
            try Self.killed(["normalize", "--write", "release.md"], in: scratch.url, after: seconds * (Double(moment) + 0.5) / 6)
            let now = try scratch.bytes("release.md")
            #expect(now == original || now == normalized, "killed after \(moment + 1)/6: the file is neither")
            if now == normalized { try scratch.write("release.md", bytes: original) }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { !$0.hasPrefix(".std") }.sorted()
        #expect(left == ["reference.md", "release.md"])
    }

    /// `khao new` takes a few milliseconds: killed from the start to past
    /// its end, the release is never there half written.
    @Test func newKilledAtAnyMomentWritesAWholeFileOrNone() throws {
        let site = try BuildCommandTests.bundledExample()
        let arguments = ["new", "news", "ข่าวที่ถูกขัดจังหวะ", "--bureau", "ctt", "--date", "2555-10-01T09:00"]
        let path = "content/news/2555/ข่าวที่ถูกขัดจังหวะ.md"
        try #require(try KhaoProcess.run(arguments, in: site.url).status == 0)
        let whole = try site.bytes(path)
        for milliseconds in stride(from: 0, through: 300, by: 20) {
            try? FileManager.default.removeItem(at: site.url.appendingPathComponent(path))
            try Self.killed(arguments, in: site.url, after: Double(milliseconds) / 1000)
            let written = try? site.bytes(path)
            #expect(written == nil || written == whole, "killed after \(milliseconds) ms: a partial file")
        }
        let folder = site.url.appendingPathComponent("content/news/2555").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") } == [])
    }

    /// A small file system of its own (tmpfs), unmounted at the end.
    final class SmallDisk {
        let url: URL

        init(in scratch: Scratch, bytes: Int) throws {
            url = scratch.url.appendingPathComponent("disk")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Self.mount(["-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", url.path])
        }

        func makeReadOnly() throws {
            try Self.mount(["-o", "remount,ro", url.path])
        }

        deinit {
            _ = try? Self.run("/bin/umount", [url.path])
        }

        private static func mount(_ arguments: [String]) throws {
            try #require(try run("/bin/mount", arguments) == 0, "mount \(arguments.joined(separator: " "))")
        }

        private static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// The bytes `tree` takes on a tmpfs, which gives each file whole pages.
    static func pagesSize(_ tree: [String: Data]) -> Int {
        tree.values.reduce(0) { $0 + ($1.count + 4095) / 4096 * 4096 }
    }

    /// Room for one site and a half: the first build fits, the second
    /// (the new site staged beside the old) does not.
    @Test(.enabled(if: getuid() == 0, "mounting a small file system needs root"))
    func aFullDiskIsAClearErrorAndTheOldSiteStays() throws {
        let site = try BuildCommandTests.bundledExample()
        let tree = BuildCommandTests().tree
        try #require(try KhaoProcess.run(["build", "--quiet"], in: site.url).status == 0)
        let disk = try SmallDisk(in: site, bytes: Self.pagesSize(try tree(site.url.appendingPathComponent("output"))) * 3 / 2)
        let output = disk.url.appendingPathComponent("output").path
        try #require(try KhaoProcess.run(["build", "--quiet", "--output", output], in: site.url).status == 0)
        let old = try tree(URL(fileURLWithPath: output))

        try site.write("content/news/2555/late.md", "---\ntitle: ข่าวล่าสุด\ndate: 2012-10-30\n---\nเนื้อ\n")
        let full = try KhaoProcess.run(["build", "--output", output], in: site.url, timeLimit: 60)
        // An I/O failure (cli.md): 3, not the 1 of a site with errors.
        #expect(full.status == 3)
        #expect(full.stdout == "")
        // Once, not once a file.
        let errors = full.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 1, "\(full.stderr)")
        #expect(errors.first?.hasSuffix(": error: io: cannot be written: the disk is full") == true, "\(full.stderr)")
        #expect(try tree(URL(fileURLWithPath: output)) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.url.path) == ["output"])
    }

    @Test(.enabled(if: getuid() == 0, "mounting a small file system needs root"))
    func aReadOnlyOutputIsAClearErrorAndTheOldSiteStays() throws {
        let site = try BuildCommandTests.bundledExample()
        let tree = BuildCommandTests().tree
        let disk = try SmallDisk(in: site, bytes: 64 << 20)
        let output = disk.url.appendingPathComponent("output").path
        try #require(try KhaoProcess.run(["build", "--quiet", "--output", output], in: site.url).status == 0)
        let old = try tree(URL(fileURLWithPath: output))
        try disk.makeReadOnly()

        let refused = try KhaoProcess.run(["build", "--output", output], in: site.url, timeLimit: 60)
        #expect(refused.status == 3)
        #expect(refused.stderr == "error: \(output): cannot make a build folder beside it: the disk is read-only\n")
        #expect(try tree(URL(fileURLWithPath: output)) == old)
    }
}
