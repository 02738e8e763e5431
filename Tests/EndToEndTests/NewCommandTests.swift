import Foundation
import TestSupport
import Testing

/// `khao new`, run as a user runs it, on copies of the bundled example.
@Suite("khao new, end to end")
struct NewCommandTests {
    /// Every file under the site's content/ with its bytes.
    func content(_ site: Scratch) throws -> [String: Data] {
        try BuildCommandTests().tree(site.url.appendingPathComponent("content"))
    }

    @Test func newsWritesADraftThatTheCheckPassesAndPrintsItsPath() throws {
        let site = try BuildCommandTests.bundledExample()
        let result = try KhaoProcess.run(
            ["new", "news", "ระดมสมอง: 'แผน' ปี 2556 #1", "--bureau", "ctt", "--bureau", "cbd", "--tag", "แผนปฏิบัติงาน", "--tag", "a, b",
             "--date", "2555-10-01T09:00"], in: site.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let path = "content/news/2555/ระดมสมอง-แผน-ปี-2556-1.md"
        #expect(Array(result.stdout.unicodeScalars) == Array((path + "\n").unicodeScalars))
        let text = try site.text(path)
        #expect(text.hasPrefix("""
            ---
            title: "ระดมสมอง: 'แผน' ปี 2556 #1"
            date: 2012-10-01T09:00:00+07:00
            bureaus: [ctt, cbd]
            tags: [แผนปฏิบัติงาน, "a, b"]

            """))
        #expect(text.contains("\ndraft: true\n"))

        // A draft: the check passes without a word, and counts it only with --drafts.
        let check = try KhaoProcess.run(["check"], in: site.url)
        #expect(check.status == 0)
        #expect(check.stderr == "")
        #expect(check.stdout == "checked 5 releases, 5 pages and 1 plan (18 projects): no problems\n")
        let drafts = try KhaoProcess.run(["check", "--drafts"], in: site.url)
        #expect(drafts.status == 0)
        #expect(drafts.stderr == "")
        #expect(drafts.stdout == "checked 6 releases, 5 pages and 1 plan (18 projects): no problems\n")
    }

    @Test func aSecondRunRefusesToOverwriteAndLeavesTheFileAsItWas() throws {
        let site = try BuildCommandTests.bundledExample()
        let arguments = ["new", "news", "ระดมสมอง", "--date", "2012-09-20"]
        #expect(try KhaoProcess.run(arguments, in: site.url).status == 0)
        let path = "content/news/2555/ระดมสมอง.md"
        try site.write(path, "---\ntitle: แก้แล้ว\ndate: 2012-09-20\n---\nเนื้อข่าวที่เขียนแล้ว\n")
        let before = try content(site)
        let inode = try site.inode(path)
        let again = try KhaoProcess.run(arguments, in: site.url)
        #expect(again.status == 2)
        #expect(again.stdout == "")
        #expect(again.stderr == "error: \(path) already exists; it was left as it is\nhint: give the new file another name with --slug, or edit the one there\n")
        #expect(try content(site) == before)
        #expect(try site.inode(path) == inode)
        // Another slug is another file.
        let other = try KhaoProcess.run(arguments + ["--slug", "ระดมสมอง 2"], in: site.url)
        #expect(other.status == 0)
        #expect(Array(other.stdout.unicodeScalars) == Array("content/news/2555/ระดมสมอง-2.md\n".unicodeScalars))
    }

    @Test func anUnknownBureauIsAUsageErrorNamingTheKnownOnesAndWritesNothing() throws {
        let site = try BuildCommandTests.bundledExample()
        let before = try content(site)
        let result = try KhaoProcess.run(["new", "news", "ข่าว", "--bureau", "ctx", "--date", "2012-02-30"], in: site.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        let line = try #require(site.text("content/site.yaml").components(separatedBy: "\n").firstIndex { $0.contains("id: cbd") }) + 1
        #expect(result.stderr == """
            error: bad-date: --date "2012-02-30": February 2012 has 29 days, not 30.
            hint: check the day and the month
            error: unknown-bureau: --bureau names an unknown bureau "ctx"
            hint: did you mean "ctt"? known bureaus are cbd, ctt, fund, cpd (content/site.yaml:\(line))

            """)
        #expect(try content(site) == before)
    }

    @Test func pageWritesAStandingPageThatTheCheckPasses() throws {
        let site = try BuildCommandTests.bundledExample()
        let result = try KhaoProcess.run(["new", "page", "นโยบายการใช้คุกกี้"], in: site.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(Array(result.stdout.unicodeScalars) == Array("content/pages/นโยบายการใช้คุกกี้.md\n".unicodeScalars))
        #expect(try site.text("content/pages/นโยบายการใช้คุกกี้.md").hasPrefix("---\ntitle: นโยบายการใช้คุกกี้\n"))
        let check = try KhaoProcess.run(["check"], in: site.url)
        #expect(check.status == 0)
        #expect(check.stderr == "")
        #expect(check.stdout == "checked 5 releases, 6 pages and 1 plan (18 projects): no problems\n")
        // The site's own sections are not for pages.
        let news = try KhaoProcess.run(["new", "page", "News"], in: site.url)
        #expect(news.status == 2)
        #expect(news.stderr.hasPrefix("error: duplicate-url: a page with the slug \"news\" would be published at /news/"))
    }

    /// With --site the printed path is under it, to be opened from where the command ran.
    @Test func withSiteTheFileGoesThereAndThePathShowsIt() throws {
        let site = try BuildCommandTests.bundledExample()
        let elsewhere = try Scratch()
        let result = try KhaoProcess.run(["new", "page", "Cookies", "--site", site.url.path], in: elsewhere.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == site.url.path + "/content/pages/cookies.md\n")
        #expect(FileManager.default.fileExists(atPath: site.url.path + "/content/pages/cookies.md"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.url.path) == [])
    }

    /// Without a date the release is dated now in Bangkok, whatever the
    /// machine's zone, and filed under that Buddhist-era year.
    @Test func withoutADateTheReleaseIsDatedNowInTheSitesZone() throws {
        let site = try BuildCommandTests.bundledExample()
        var bangkok = Calendar(identifier: .gregorian)
        bangkok.timeZone = TimeZone(identifier: "Asia/Bangkok")!
        let before = bangkok.component(.year, from: Date()) + 543
        let result = try KhaoProcess.run(["new", "news", "ข่าววันนี้"], in: site.url, environment: ["TZ": "America/Los_Angeles"])
        let after = bangkok.component(.year, from: Date()) + 543
        #expect(result.status == 0, "\(result.stderr)")
        let written = try #require([before, after].map { "content/news/\($0)/ข่าววันนี้.md" }.first { FileManager.default.fileExists(atPath: site.url.path + "/" + $0) })
        #expect(try site.text(written).contains("+07:00\n"))
        #expect(try KhaoProcess.run(["check", "--drafts"], in: site.url).stderr == "")
    }

    /// `new` never writes into the bundled example: outside a site it is an error.
    @Test(arguments: [["new", "news", "ข่าว"], ["new", "page", "หน้า"]])
    func outsideASiteFolderItIsAnErrorAndNothingIsWritten(arguments: [String]) throws {
        let empty = try Scratch()
        let result = try KhaoProcess.run(arguments, in: empty.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            error: \(empty.url.path) has no content/site.yaml, and khao new does not write into the bundled example
            hint: run it in your site's folder (the one holding content/site.yaml), or name that folder with --site DIR

            """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.url.path) == [])
    }
}
