import Foundation
@testable import Site
import Testing
import Thai

/// Speed work must not change a byte of what a build writes: the bundled
/// example (every kind of page, the briefs, feeds and the search index) is
/// built and each file's hash compared with the tree recorded in
/// `Fixtures/example-tree.txt`.
///
/// When the output is meant to change (a template, a filter, the example),
/// check the difference, then record the new tree with
/// `KHAO_RECORD_TREE=1 swift test --disable-xctest --filter OutputTreeTests`.
@Suite("The output tree")
struct OutputTreeTests {
    static let recorded = Repository.root + "/Tests/SiteTests/Fixtures/example-tree.txt"

    /// One line per file, in path order: FNV-1a hash, size in bytes, path.
    static func tree(of output: MemoryOutput) -> [String] {
        output.paths.map { path in
            let bytes = output.bytes(path) ?? []
            return "\(StableHash(bytes).hex(digits: 16)) \(bytes.count) \(path)"
        }
    }

    @Test func theExampleBuildsToTheRecordedTree() throws {
        let build = TestBuild(siteFolder: Repository.root)
        #expect(build.diagnostics == [])
        let tree = Self.tree(of: build.output)
        if ProcessInfo.processInfo.environment["KHAO_RECORD_TREE"] == "1" {
            try (tree.joined(separator: "\n") + "\n").write(toFile: Self.recorded, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOfFile: Self.recorded, encoding: .utf8).split(separator: "\n").map(String.init)
        let (now, before) = (Set(tree), Set(recorded))
        for line in tree where !before.contains(line) { Issue.record("not as recorded: \(line)") }
        for line in recorded where !now.contains(line) { Issue.record("recorded, not written: \(line)") }
        #expect(tree.count == recorded.count)
    }

    /// The number of threads changes nothing either.
    @Test func oneThreadWritesTheSameTree() {
        #expect(Self.tree(of: TestBuild(siteFolder: Repository.root, jobs: 1).output) == Self.tree(of: TestBuild(siteFolder: Repository.root).output))
    }
}
