import Foundation
import Testing

/// site.md: "axe-core reports no violations on the bundled example". Each page
/// of the built example, served over HTTP, is loaded in headless Chromium
/// driven by Selenium through Debian's chromedriver, and axe-core is run on
/// it by axe-selenium-python (Tests/Accessibility/axe_pages.py). The axe-core
/// run is the current one shipped in the PyPI package axe-playwright-python:
/// axe-selenium-python's own is from 2018 and calls valid HTML wrong.
@Suite("The built example has no accessibility violations")
struct AccessibilityTests {
    static let pages = [
        "index.html", "news/index.html", "news/2555/index.html", "news/2555/four-bureaus-brainstorm/index.html",
        "news/2555/four-bureaus-brainstorm-en/index.html", "news/2555/fy2556-plan-launch/print/index.html", "tags/index.html",
        "tags/แผนปฏิบัติงาน/index.html", "bureaus/index.html", "bureaus/ctt/index.html", "plans/2556/index.html",
        "plans/2556/projects/ctt-01/index.html", "briefs/2556/index.html", "briefs/2556/ctt/index.html", "about/index.html", "sitemap/index.html", "404.html",
        // The search page with the results of a query, as a reader sees it.
        "search/index.html?q=สหกรณ์",
    ]

    /// Where pip put the current axe-core.
    static func axeScript() throws -> URL {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import importlib.util; print(importlib.util.find_spec('axe_playwright_python').submodule_search_locations[0])"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let folder = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        return URL(fileURLWithPath: folder).appendingPathComponent("axe.min.js")
    }

    @Test func axeFindsNoViolations() throws {
        let site = try BuildCommandTests.bundledExample()
        let build = try KhaoProcess.run(["build", "--quiet"], in: site.url)
        try #require(build.status == 0, "\(build.stderr)")
        let server = try StaticServer(folder: site.url.appendingPathComponent("output"), scratch: site)
        defer { server.stop() }
        let runner = BuildCommandTests.repository.appendingPathComponent("Tests/Accessibility/axe_pages.py")
        let arguments = ["python3", runner.path, try Self.axeScript().path, "http://127.0.0.1:\(server.port)"] + Self.pages.map { "/" + $0 }
        let result = try KhaoProcess.run(arguments, in: site.url, executable: URL(fileURLWithPath: "/usr/bin/env"), timeLimit: 300)
        try #require(result.status == 0, "\(result.stderr)")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String]], "\(result.stdout)")
        #expect(results.count == Self.pages.count)
        for (page, violations) in results.sorted(by: { $0.key < $1.key }) {
            #expect(violations == [], "\(page)")
        }
    }
}
