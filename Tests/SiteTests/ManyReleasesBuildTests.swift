import Foundation
@testable import Site
import Testing
import TestSupport

/// A build renders releases' Markdown in batches and lets each batch's
/// sources go; the search index reads its documents in batches too. A site
/// bigger than one batch must come out as if each release stood alone.
@Suite("A site of many releases")
struct ManyReleasesBuildTests {
    @Test func everyReleaseKeepsItsOwnBodyAcrossBatches() throws {
        let site = try TemporaryFolder()
        try site.write("content/site.yaml", try String(contentsOfFile: Repository.root + "/content/site.yaml", encoding: .utf8))
        try FileManager.default.copyItem(atPath: Repository.root + "/templates", toPath: site.path + "/templates")
        let count = 1_100
        for number in 0..<count {
            let day = String(format: "%02d", number % 28 + 1)
            try site.write("content/news/2555/r-\(number).md", """
                ---
                title: ข่าวที่ \(number)
                date: 2012-09-\(day)T10:00:00+07:00
                ---
                เนื้อความของข่าวที่ \(number) จากกรมส่งเสริมสหกรณ์ r\(number)

                """)
        }
        let build = TestBuild(siteFolder: site.path)
        #expect(build.diagnostics == [])
        for number in [0, 511, 512, 1_023, 1_024, count - 1] {
            let page = try #require(build.output.text("news/2555/r-\(number)/index.html"), "r-\(number)")
            #expect(page.contains("<p>เนื้อความของข่าวที่ \(number) จากกรมส่งเสริมสหกรณ์ r\(number)</p>"), "r-\(number)")
        }
        let bodies = build.output.paths.filter { $0.hasPrefix("news/2555/r-") && $0.hasSuffix("/index.html") && !$0.contains("/print/") }
        #expect(bodies.count == count)
        #expect(bodies.allSatisfy { path in
            let number = path.dropFirst("news/2555/r-".count).prefix { $0 != "/" }
            return build.output.text(path)?.contains("ข่าวที่ \(number) จากกรมส่งเสริมสหกรณ์ r\(number)</p>") == true
        })
    }
}
