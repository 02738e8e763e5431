import Foundation
import Testing

/// `bench-corpus`, which writes the sites scripts/bench builds.
@Suite("bench-corpus, end to end")
struct BenchCorpusTests {
    static let generator = KhaoProcess.builtBeside("bench-corpus")

    /// A corpus of `count` releases in `site/` of a new folder. Seed 3 makes
    /// 25 releases with every kind the generator writes: four link the plan,
    /// six have a photo, some link an earlier release.
    func corpus(count: Int) throws -> Scratch {
        let scratch = try Scratch()
        let result = try KhaoProcess.run(["--count", "\(count)", "--seed", "3", "--out", scratch.path + "/site"],
                                         in: scratch.url, executable: Self.generator)
        #expect(result.status == 0, "\(result.stderr)")
        return scratch
    }

    /// Every file under `site/`, by its path there.
    func files(in scratch: Scratch) throws -> [String: Data] {
        let site = scratch.url.appendingPathComponent("site")
        var files = [String: Data]()
        for path in try FileManager.default.subpathsOfDirectory(atPath: site.path) {
            var isFolder: ObjCBool = false
            let file = site.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: file)
            }
        }
        return files
    }

    @Test func aSeedWritesTheSameBytesEveryTime() throws {
        let first = try files(in: corpus(count: 25))
        let second = try files(in: corpus(count: 25))
        #expect(first.count > 25)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first {
            #expect(second[path] == bytes, "\(path) differs")
        }
    }

    /// So that a corpus of 1,000 is the start of one of 10,000, and timings compare.
    @Test func theFirstReleasesOfALargerCorpusAreTheSmallerCorpus() throws {
        let small = try files(in: corpus(count: 10))
        let large = try files(in: corpus(count: 25))
        for (path, bytes) in small where path.hasPrefix("content/") {
            #expect(large[path] == bytes, "\(path) differs")
        }
    }

    @Test func aCorpusIsACompleteSiteThatKhaoChecksWithoutAProblem() throws {
        let scratch = try corpus(count: 25)
        let files = try files(in: scratch)
        let releases = files.filter { $0.key.hasPrefix("content/news/") && $0.key.hasSuffix(".md") }
        #expect(releases.count == 25)
        let linkingThePlan = releases.values.filter { String(decoding: $0, as: UTF8.self).contains("\nplan: 2556\nprojects:\n  - ") }
        #expect(!linkingThePlan.isEmpty)
        #expect(releases.values.contains { String(decoding: $0, as: UTF8.self).contains("\nimage: photo.png\n") })
        #expect(files.keys.contains { $0.hasSuffix("/photo.png") })
        #expect(releases.values.contains { String(decoding: $0, as: UTF8.self).contains("](../") })
        #expect(files["content/plans/2556/projects.csv"] != nil)
        #expect(files.keys.contains { $0.hasPrefix("content/pages/") })

        let manifestBytes = try #require(files["corpus-manifest.json"])
        let manifest = try #require(JSONSerialization.jsonObject(with: manifestBytes) as? [String: Any])
        #expect(manifest["count"] as? Int == 25)
        #expect(manifest["seed"] as? Int == 3)
        #expect(manifest["plan_linked"] as? Int == linkingThePlan.count)

        let check = try KhaoProcess.run(["check", "--site", scratch.path + "/site"], in: scratch.url)
        #expect(check.status == 0)
        #expect(check.stderr == "")
        #expect(check.stdout.hasPrefix("checked 25 releases"))
        #expect(check.stdout.hasSuffix(": no problems\n"))
    }

    @Test func aBadCommandLineIsAUsageError() throws {
        let scratch = try Scratch()
        let result = try KhaoProcess.run(["--count", "many", "--out", scratch.path], in: scratch.url, executable: Self.generator)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("bench-corpus: --count must be a whole number, not \"many\"\nusage: bench-corpus"))
    }
}
