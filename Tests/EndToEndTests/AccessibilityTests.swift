import Foundation
import Testing

/// site.md: "axe-core reports no violations on the bundled example". Each page
/// of the built example is loaded in headless Chromium with axe-core (from the
/// PyPI package axe-playwright-python, which the README's set-up and
/// `.ci/run` install) run over it; the violations come back in the DOM.
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

    /// Where pip put axe-core.
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
        let output = site.url.appendingPathComponent("output")
        try FileManager.default.copyItem(at: try Self.axeScript(), to: output.appendingPathComponent("__axe.min.js"))
        // Every page opened in a frame and axe-core run inside it, the
        // violations gathered page by page: one browser launch for all pages.
        let list = Self.pages.map { "\"/\($0)\"" }.joined(separator: ", ")
        let script = """
              const results = {};
              for (const page of [\(list)]) {
                const frame = document.createElement("iframe");
                frame.width = 1280; frame.height = 900; frame.src = page;
                const loaded = new Promise(function (done) { frame.onload = done; });
                document.body.appendChild(frame);
                await loaded;
                // Results come from the index's files: checked once they show.
                const searching = page.indexOf("?q=") >= 0;
                for (let wait = 0; searching && wait < 50 && !frame.contentDocument.querySelector("#search-results a"); wait++) {
                  await new Promise(function (done) { setTimeout(done, 100); });
                }
                if (searching && !frame.contentDocument.querySelector("#search-results a")) {
                  results[page] = ["no results were shown"];
                  frame.remove();
                  continue;
                }
                const script = frame.contentDocument.createElement("script");
                script.src = "/__axe.min.js";
                await new Promise(function (done) { script.onload = done; frame.contentDocument.head.appendChild(script); });
                const report = await frame.contentWindow.axe.run(frame.contentDocument, {resultTypes: ["violations"]});
                results[page] = report.violations.map(function (v) {
                  return v.id + " (" + v.impact + "): " + v.nodes.map(function (n) { return n.target.join(" "); }).join(", ");
                });
                frame.remove();
              }
              return results;
            """
        let evaluated = try Browser.evaluate(script, in: output, scratch: site, budget: 20000)
        let results = try #require(evaluated as? [String: [String]], "axe did not finish")
        #expect(results.count == Self.pages.count)
        for (page, violations) in results.sorted(by: { $0.key < $1.key }) {
            #expect(violations == [], "\(page)")
        }
    }
}
