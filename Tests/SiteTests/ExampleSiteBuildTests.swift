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
}
