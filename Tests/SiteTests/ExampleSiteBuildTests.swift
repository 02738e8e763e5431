import Foundation
@testable import Site
import Testing

/// The bundled example, built with the bundled theme: what a reader gets.
@Suite("The bundled example site")
struct ExampleSiteBuildTests {
    let build = TestBuild(siteFolder: Repository.root)

    @Test func buildsWithoutProblems() {
        #expect(build.diagnostics == [])
        #expect(build.counts?.releases == 5)
    }

    @Test func everyPageOfTheOutputTreeIsWritten() {
        let paths = Set(build.output.paths)
        for path in ["index.html", "news/index.html", "news/2555/index.html", "tags/index.html", "bureaus/index.html",
                     "bureaus/ctt/index.html", "plans/2556/index.html", "404.html", "feed.xml", "atom.xml", "feed.json",
                     "sitemap.xml", "robots.txt", "about/index.html"] {
            #expect(paths.contains(path), "\(path)")
        }
    }

    @Test func theMenuHasSiteYamlsEntriesThenTheStandingPagesThatAskForAPlace() throws {
        let home = try #require(build.output.text("index.html"))
        let start = try #require(home.range(of: "<nav class=\"site-nav\""))
        let end = try #require(home.range(of: "</nav>", range: start.upperBound..<home.endIndex))
        let links = home[start.upperBound..<end.lowerBound].components(separatedBy: "<a href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(links == ["/", "/news/", "/plans/2556/", "/about/", "/contact/"])
    }

    @Test func tagsAreInThaiDictionaryOrder() throws {
        let page = try #require(build.output.text("tags/index.html"))
        let start = try #require(page.range(of: "<ul class=\"term-cloud\">"))
        let end = try #require(page.range(of: "</ul>", range: start.upperBound..<page.endIndex))
        let names = page[start.upperBound..<end.lowerBound].components(separatedBy: "<li><a href=\"/tags/").dropFirst().map { $0.prefix { $0 != "/" } }
        #expect(names == ["ครบรอบ-40-ปี", "เครือข่ายสหกรณ์", "บูรณาการ", "แผนปฏิบัติงาน", "พัฒนาคน"])
    }

    /// The progress line counts stages from `BuildStage`: a build must run them in that order.
    @Test func stagesRunInTheOrderBuildStageGives() {
        #expect(build.stages == BuildStage.allCases.filter { $0 != .swapIn }.map(\.rawValue))
    }
}
