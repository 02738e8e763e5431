import Foundation
import Testing

/// `khao check`, run as a user runs it.
@Suite("khao check, end to end")
struct CheckCommandTests {
    /// A copy of the repository's bundled example site.
    func bundledExample() throws -> Scratch {
        let scratch = try Scratch()
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../content").standardized
        try FileManager.default.copyItem(at: content, to: scratch.url.appendingPathComponent("content"))
        return scratch
    }

    @Test func theBundledExampleHasNoProblems() throws {
        let site = try BuildCommandTests.bundledExample()
        let result = try KhaoProcess.run(["check"], in: site.url)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "checked 5 releases, 5 pages and 1 plan (18 projects): no problems\n")
        #expect(result.stdout.hasSuffix(": no problems\n"))
    }

    @Test func aBrokenReleaseFailsTheCheckAndNamesItsPlace() throws {
        let site = try BuildCommandTests.bundledExample()
        try site.write("content/news/2555/broken.md", "---\ntitle: ข่าว\ndate: 2012-09-20\nbureaus: [ctx]\n---\n")
        let result = try KhaoProcess.run(["check", "--site", site.url.path], in: URL(fileURLWithPath: "/"))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("""
            content/news/2555/broken.md:4:11: error: unknown-bureau: "bureaus" names an unknown bureau "ctx"
                4 | bureaus: [ctx]
                  |           ^~~
            hint: did you mean "ctt"? known bureaus are cbd, ctt, fund, cpd (content/site.yaml:
            """))
        #expect(result.stderr.hasSuffix("1 error\n"))
        #expect(result.stdout == "")
    }

    /// 23:30 on 31 December 2012, with no offset, is in the site's zone
    /// (Bangkok): still 2555, so both releases want /news/2555/same/. Read in
    /// the machine's zone (UTC, New York) it would be 2556 in Bangkok and the
    /// clash would vanish: the test fails if the machine's zone leaks in.
    @Test(arguments: [["TZ": "UTC", "LANG": "C"], ["TZ": "America/New_York", "LANG": "en_US.UTF-8"], ["TZ": "Asia/Tokyo", "LANG": "th_TH.UTF-8"]])
    func datesWithoutAnOffsetAreInTheSitesZoneWhateverTheMachine(environment: [String: String]) throws {
        let site = try BuildCommandTests.bundledExample()
        try site.write("content/news/2555/late.md", "---\ntitle: ปลายปี\ndate: 2012-12-31T23:30\nslug: same\n---\n")
        try site.write("content/news/2555/early.md", "---\ntitle: กลางเดือน\ndate: 2012-12-15\nslug: same\n---\n")
        let result = try KhaoProcess.run(["check", "--future"], in: site.url, environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("content/news/2555/late.md:1:1: error: duplicate-url: content/news/2555/late.md and content/news/2555/early.md would both be published at /news/2555/same/"))
    }

    @Test func aSiteFolderWithoutASiteIsAUsageError() throws {
        let empty = try Scratch()
        let result = try KhaoProcess.run(["check", "--site", empty.url.path], in: empty.url)
        #expect(result.status == 2)
        #expect(result.stderr == "error: \(empty.url.path) has no content/site.yaml\nhint: name a site folder, the one holding content/site.yaml\n")
    }

    /// cli.md: without --site, the current folder if it is a site, else the
    /// bundled example, which the binary carries wherever it is copied.
    @Test func outsideASiteTheBundledExampleIsChecked() throws {
        let empty = try Scratch()
        let result = try KhaoProcess.run(["check"], in: empty.url, environment: ["TMPDIR": empty.path])
        #expect(result.status == 0)
        #expect(result.stdout == "checked 5 releases, 5 pages and 1 plan (18 projects): no problems\n")
    }
}
