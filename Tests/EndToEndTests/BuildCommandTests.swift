import Foundation
import TestSupport
import Testing

/// `khao build`, run as a user runs it, on copies of the bundled example and small sites.
@Suite("khao build, end to end")
struct BuildCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// A copy of the bundled example (content only: the theme comes from the binary).
    static func bundledExample() throws -> Scratch {
        let scratch = try Scratch()
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("content"), to: scratch.url.appendingPathComponent("content"))
        return scratch
    }

    /// Every file under `folder` with its bytes.
    func tree(_ folder: URL) throws -> [String: Data] {
        var files = [String: Data]()
        let base = folder.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        while let name = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + name, isDirectory: &isFolder), !isFolder.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: base + "/" + name))
            }
        }
        return files
    }

    @Test func theBundledExampleBuildsIntoOutput() throws {
        let site = try Self.bundledExample()
        let result = try KhaoProcess.run(["build"], in: site.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("built 55 pages (5 news, 5 tags, 4 bureaus, 1 year, 1 plan, 5 briefs, 5 pages) in "))
        #expect(result.stdout.hasSuffix(" → \(site.url.path)/output\n"))
        let release = try site.text("output/news/2555/four-bureaus-brainstorm/index.html")
        #expect(release.contains("<html lang=\"th\">"))
        #expect(release.contains("<time datetime=\"2012-09-20T10:00:00+07:00\">วันพฤหัสบดีที่ 20 กันยายน พ.ศ. 2555</time>"))
        #expect(release.contains("<link rel=\"canonical\" href=\"https://www.cpd.go.th/news/2555/four-bureaus-brainstorm/\">"))
        #expect(release.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://www.cpd.go.th/news/2555/four-bureaus-brainstorm-en/\">"))
        let english = try site.text("output/news/2555/four-bureaus-brainstorm-en/index.html")
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("<time datetime=\"2012-09-20T10:00:00+07:00\">Thursday, 20 September 2012</time>"))
        #expect(english.contains("<link rel=\"alternate\" hreflang=\"th\" href=\"https://www.cpd.go.th/news/2555/four-bureaus-brainstorm/\">"))
        // A Thai tag keeps its marks in its folder name.
        let tag = try site.text("output/tags/แผนปฏิบัติงาน/index.html")
        #expect(tag.contains("<h1>ข่าวป้ายกำกับ “แผนปฏิบัติงาน”</h1>"))
        #expect(FileManager.default.fileExists(atPath: site.url.appendingPathComponent("output/.khao-output").path))
        for path in ["index.html", "404.html", "feed.xml", "atom.xml", "feed.json", "sitemap.xml", "robots.txt", "plans/2556/index.html",
                     "plans/2556/projects/ctt-01/index.html", "sitemap/index.html", "news/2555/four-bureaus-brainstorm/print/index.html"] {
            #expect(FileManager.default.fileExists(atPath: site.url.appendingPathComponent("output/" + path).path), "\(path)")
        }
    }

    /// `--metrics`: every stage once, in order, each with its seconds, its
    /// CPU seconds and the peak memory when it ended; both kinds of seconds
    /// add up to their totals.
    @Test func metricsListEveryStageWithItsTimeAndPeakMemory() throws {
        let site = try Self.bundledExample()
        let result = try KhaoProcess.run(["build", "--metrics"], in: site.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "stage                      seconds   cpu s   peak MB")
        let stages = lines.dropFirst().prefix { !$0.hasPrefix("total") }.map { line in
            (name: String(line.prefix(26)).trimmingCharacters(in: .whitespaces), columns: line.dropFirst(26).split(separator: " "))
        }
        #expect(stages.map(\.name) == ["load content", "load theme", "map sources", "render markdown", "check links", "build model",
                                       "plan pages", "build search index", "write search index", "render pages", "feeds and sitemap",
                                       "copy files", "swap in"])
        #expect(stages.allSatisfy { $0.columns.count == 3 })
        let seconds = stages.compactMap { Double($0.columns.first ?? "") }
        let cpuSeconds = stages.compactMap { $0.columns.count == 3 ? Double($0.columns[1]) : nil }
        let peaks = stages.compactMap { Int($0.columns.last ?? "") }
        #expect(seconds.count == stages.count && cpuSeconds.count == stages.count && peaks.count == stages.count)
        #expect(cpuSeconds.allSatisfy { $0 >= 0 } && cpuSeconds.reduce(0, +) > 0)
        // Memory held at the end of each stage only grows, from the
        // program's own few megabytes.
        #expect(peaks == peaks.sorted() && (peaks.first ?? 0) > 0)
        let total = try #require(lines.first { $0.hasPrefix("total") }).dropFirst(26).split(separator: " ")
        #expect(total.count == 3)
        #expect(abs(seconds.reduce(0, +) - (Double(total.first ?? "") ?? -1)) < 0.001 * Double(stages.count))
        #expect(abs(cpuSeconds.reduce(0, +) - (total.count == 3 ? Double(total[1]) ?? -1 : -1)) < 0.001 * Double(stages.count))
        #expect(Int(total.last ?? "") == peaks.last)
    }

    @Test func twoBuildsAndAnyNumberOfJobsGiveTheSameTree() throws {
        let site = try Self.bundledExample()
        #expect(try KhaoProcess.run(["build", "--output", "one", "--jobs", "1"], in: site.url).status == 0)
        #expect(try KhaoProcess.run(["build", "--output", "two", "--jobs", "2"], in: site.url).status == 0)
        #expect(try KhaoProcess.run(["build", "--output", "two", "--jobs", "2"], in: site.url, environment: ["TZ": "America/New_York", "LANG": "th_TH.UTF-8"]).status == 0)
        let one = try tree(site.url.appendingPathComponent("one"))
        let two = try tree(site.url.appendingPathComponent("two"))
        #expect(one.count > 50)
        #expect(one.keys.sorted() == two.keys.sorted())
        #expect(one.keys.filter { one[$0] != two[$0] }.sorted() == [])
    }

    @Test func aFailingBuildLeavesThePreviousOutputUntouched() throws {
        let site = try Self.bundledExample()
        #expect(try KhaoProcess.run(["build"], in: site.url).status == 0)
        let before = try tree(site.url.appendingPathComponent("output"))
        try site.write("content/news/2555/broken.md", "---\ntitle: ข่าว\ndate: 2012-09-20\nbureaus: [ctx]\n---\n")
        let result = try KhaoProcess.run(["build"], in: site.url)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("content/news/2555/broken.md:4:11: error: unknown-bureau: \"bureaus\" names an unknown bureau \"ctx\""))
        #expect(try tree(site.url.appendingPathComponent("output")) == before)
        // No half-built folder is left beside it.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.url.path).filter { $0.contains("khao-new") }
        #expect(siblings == [])
    }

    @Test func anOutputFolderThatHoldsTheSiteIsRefused() throws {
        let site = try Self.bundledExample()
        let result = try KhaoProcess.run(["build", "--output", "content"], in: site.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: the output folder \"content\" is the site's content/ folder"))
        #expect(FileManager.default.fileExists(atPath: site.url.appendingPathComponent("content/site.yaml").path))
    }

    @Test func aSmallSiteWithLinksPaginationAndATemplateOfItsOwn() throws {
        let site = try Scratch()
        try site.write("content/site.yaml", """
            title: กรมทดสอบ
            base_url: https://example.go.th/khao/
            timezone: Asia/Bangkok
            per_page: 2
            bureaus:
              - { id: ctt, name: สำนักทดสอบ }
            """)
        for day in 1...5 {
            try site.write("content/news/2556/d\(day).md", """
                ---
                title: ข่าววันที่ \(day)
                date: 2013-01-0\(day)
                tags: [สหกรณ์]
                ---
                ## ข่าวประชาสัมพันธ์

                ดู[ข่าวแรก](d1.md#ข่าวประชาสัมพันธ์)และ[ภาพ](../../files/แผนที่.pdf)
                """)
        }
        try site.write("content/files/แผนที่.pdf", "%PDF-1.4\n")
        // A bundle: the release and its picture, a PNG header saying 640 × 480.
        try site.write("content/news/2556/photo/index.md", "---\ntitle: ภาพข่าว\ndate: 2013-01-06\n---\n![แผนภูมิงบประมาณ](chart.png)\n")
        try site.write("content/news/2556/photo/chart.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
                                                                     0, 0, 0x02, 0x80, 0, 0, 0x01, 0xE0, 8, 2, 0, 0, 0])
        try site.write("templates/404.html", "<!doctype html><title>ของเว็บเอง</title><p>{{ site.title }}</p>\n")
        let result = try KhaoProcess.run(["build"], in: site.url)
        #expect(result.status == 0, "\(result.stderr)")
        let list = try site.text("output/news/page/2/index.html")
        #expect(list.contains("<link rel=\"prev\" href=\"/khao/news/\">"))
        #expect(list.contains("<link rel=\"next\" href=\"/khao/news/page/3/\">"))
        #expect(try site.text("output/404.html") == "<!doctype html><title>ของเว็บเอง</title><p>กรมทดสอบ</p>\n")
        let page = try site.text("output/news/2556/d3/index.html")
        #expect(page.contains("<h2 id=\"ข่าวประชาสัมพันธ์\">ข่าวประชาสัมพันธ์</h2>"))
        // Markdown links come out percent-encoded, as cmark writes them; browsers decode them.
        func encoded(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? text }
        #expect(page.contains("href=\"/khao/news/2556/d1/#\(encoded("ข่าวประชาสัมพันธ์"))\""))
        #expect(page.contains("href=\"/khao/files/\(encoded("แผนที่.pdf"))\""))
        #expect(try site.text("output/files/แผนที่.pdf") == "%PDF-1.4\n")
        let photo = try site.text("output/news/2556/photo/index.html")
        #expect(photo.contains("<img src=\"/khao/news/2556/photo/chart.png\" alt=\"แผนภูมิงบประมาณ\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\" />"))
        #expect(try site.bytes("output/news/2556/photo/chart.png").count == 29)
    }

    @Test func frontMatterCannotInjectMarkup() throws {
        let site = try Self.bundledExample()
        try site.write("content/news/2555/hostile.md", """
            ---
            title: "<script>alert('x')</script> & \\"ข่าว\\""
            date: 2012-09-22
            summary: '"><img src=x onerror=alert(1)></script>'
            tags: ["<b>แท็ก</b>"]
            ---
            เนื้อข่าว <script>alert(2)</script> [ลิงก์](javascript:alert(3))
            """)
        let result = try KhaoProcess.run(["build"], in: site.url)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try site.text("output/news/2555/hostile/index.html")
        #expect(page.contains("<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;ข่าว&quot; | กรมส่งเสริมสหกรณ์</title>"))
        #expect(page.contains("<p class=\"lead\">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;</p>"))
        // Raw HTML tags are dropped (the text between them is only text), and so is the javascript: link.
        #expect(page.contains("<p>เนื้อข่าว alert(2) ลิงก์</p>"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("javascript:"))
        // Inside JSON-LD, "</script>" cannot close the block.
        #expect(!page.contains("</script> &"))
        let archive = try site.text("output/news/2555/index.html")
        #expect(archive.contains("<h1>ข่าวประจำปี พ.ศ. 2555</h1>"))
    }

    @Test func aLinkToNothingIsAnErrorAtItsPlace() throws {
        let site = try Self.bundledExample()
        try site.write("content/news/2555/links.md", "---\ntitle: ลิงก์\ndate: 2012-09-21\n---\nย่อหน้าแรก\n\nดู[ข่าว](missing.md) และ[หัวข้อ](four-bureaus-brainstorm.md#ไม่มี)\n")
        let result = try KhaoProcess.run(["build"], in: site.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/news/2555/links.md:7:"))
        #expect(result.stderr.contains("error: broken-link: the link \"missing.md\" points at"))
        #expect(result.stderr.contains("error: broken-anchor: \"#ไม่มี\" is not a heading of content/news/2555/four-bureaus-brainstorm.md"))
    }
}
