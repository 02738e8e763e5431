import Content
import Diagnostics
import Foundation
import TestSupport
import Testing
import Thai

/// A site folder with content, for loading tests.
final class SiteFolder {
    let folder: TemporaryFolder
    var path: String { folder.path }

    init(site: String = "title: กรม\nbase_url: https://www.cpd.go.th/\nbureaus:\n  - { id: ctt, name: สำนัก ก }\n  - { id: cbd, name: สำนัก ข }\n") throws {
        folder = try TemporaryFolder(prefix: "khao-site")
        try write("content/site.yaml", site)
    }

    func write(_ name: String, _ text: String) throws {
        try folder.write(name, text)
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try folder.write(name, bytes: bytes)
    }

    func load(_ options: SiteContent.Options = .init(now: Date(timeIntervalSince1970: 1_400_000_000))) -> (SiteContent?, [Diagnostic]) {
        SiteContent.load(folder: path, options: options)
    }

    /// The diagnostics as the command line prints them.
    func printed() -> String {
        load().1.map { DiagnosticFormat.text.render($0) }.joined()
    }
}

@Suite("Loading a site's content")
struct SiteContentTests {
    static let good = "---\ntitle: ระดมสมอง\ndate: 2012-09-20T10:00:00+07:00\nbureaus: [ctt]\n---\n\nข่าว\n"

    @Test func releasesLoadNewestFirstWithTheirURLParts() throws {
        let site = try SiteFolder()
        try site.write("content/news/2555/a.md", Self.good)
        try site.write("content/news/2555/b.md", "---\ntitle: ข่าวที่สอง\ndate: 1 ตุลาคม 2555\ntags: [แผน, แผน, บูรณาการ]\n---\n")
        try site.write("content/news/2555/bundle/index.md", "---\ntitle: ภาพข่าว\ndate: 2012-09-01\nimage: photo.jpg\nimage_alt: ภาพการประชุม\n---\n")
        try site.write("content/news/2555/bundle/photo.jpg", bytes: [0xFF, 0xD8])
        let (content, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        #expect(content?.releases.map(\.path) == ["content/news/2555/b.md", "content/news/2555/a.md", "content/news/2555/bundle/index.md"])
        #expect(content?.releases.map(\.slug) == ["b", "a", "bundle"])
        #expect(content?.releases.first?.tags == ["แผน", "บูรณาการ"])
        #expect(content?.releases.first?.year(in: TimeZone(identifier: "Asia/Bangkok")!) == 2555)
    }

    @Test func draftsAndTheFutureAreLeftOutUnlessAskedFor() throws {
        let site = try SiteFolder()
        try site.write("content/news/a.md", "---\ntitle: ร่าง\ndate: 2012-09-20\ndraft: true\n---\n")
        try site.write("content/news/b.md", "---\ntitle: อนาคต\ndate: 2099-01-01\n---\n")
        #expect(site.load().0?.releases.isEmpty == true)
        #expect(site.load(.init(drafts: true, future: true, now: Date(timeIntervalSince1970: 1_400_000_000))).0?.releases.count == 2)
    }

    @Test(arguments: [
        ("---\ndate: 2012-09-20\n---\n", """
            content/news/x.md:2:1: error: missing-field: the front matter needs "title"
                2 | date: 2012-09-20
                  | ^

            """),
        ("---\ntitle: ข่าว\ndate: 31 กันยายน 2555\n---\n", """
            content/news/x.md:3:7: error: bad-date: September 2555 has 30 days, not 31.
                3 | date: 31 กันยายน 2555
                  |       ^
            hint: check the day and the month

            """),
        ("---\ntitle: ข่าว\ndate: 2012-09-20\nbureaus: [ctt, ctx]\n---\n", """
            content/news/x.md:4:16: error: unknown-bureau: "bureaus" names an unknown bureau "ctx"
                4 | bureaus: [ctt, ctx]
                  |                ^~~
            hint: did you mean "ctt"? known bureaus are ctt, cbd (content/site.yaml:4)

            """),
        ("---\ntitle: ข่าว\ndate: 2012-09-20\n", """
            content/news/x.md:1:1: error: front-matter: the front matter opened here is never closed with ---
                1 | ---
                  | ^~~
            hint: add a line with only --- after the last field

            """),
        ("---\ntitle: ข่าว\ndate: 2012-09-20\nimage: photo.jpg\n---\n", """
            content/news/x.md:4:8: error: missing-image: the image "photo.jpg" is not beside the release
                4 | image: photo.jpg
                  |        ^~~~~~~~~
            hint: put the image in the release's folder (a bundle: NAME/index.md with its files) and name it relative to it
            content/news/x.md:4:1: error: missing-field: an image needs "image_alt": what the picture shows, for readers who cannot see it
                4 | image: photo.jpg
                  | ^~~~~

            """),
        ("---\ntitle: ข่าว\ndate: 2012-09-20\ntitel: x\n---\n", """
            content/news/x.md:4:1: warning: unknown-key: unknown key "titel" in the front matter
                4 | titel: x
                  | ^~~~~
            hint: did you mean "title"?; it is kept as page.extra.NAME for templates

            """),
    ])
    func eachProblemIsADiagnosticAtItsPlace(release: String, expected: String) throws {
        let site = try SiteFolder()
        try site.write("content/news/x.md", release)
        #expect(site.printed() == expected)
    }

    @Test func invalidUTF8InARelease() throws {
        let site = try SiteFolder()
        try site.write("content/news/x.md", bytes: Array("---\ntitle: ข่าว".utf8) + [0xFF] + Array("\n---\n".utf8))
        let diagnostics = site.load().1
        #expect(diagnostics.map(\.code) == ["invalid-utf8"])
        #expect(diagnostics.first?.line == 2)
        #expect(diagnostics.first?.column == 12)
    }

    /// A slug is published as written or said otherwise: `../` cannot
    /// leave the news folder unseen, and a page's slug with nothing to
    /// keep is an error as a release's is.
    @Test func aSlugPublishedOtherwiseThanWrittenIsSaid() throws {
        let site = try SiteFolder()
        try site.write("content/news/a.md", "---\ntitle: ข่าว\ndate: 2012-09-20\nslug: ../../etc/Plan X\n---\n")
        try site.write("content/pages/b.md", "---\ntitle: หน้า\nslug: \"!!!\"\n---\n")
        let (content, diagnostics) = SiteContent.loadAll(folder: site.path)
        #expect(content?.releases.map(\.slug) == ["etc-plan-x"])
        #expect(content?.unloadedSources == ["content/pages/b.md"])
        #expect(diagnostics.map { "\($0.path):\($0.line ?? 0):\($0.column ?? 0): \($0.code ?? ""): \($0.message)" } == [
            "content/news/a.md:4:7: slug-changed: the slug \"../../etc/Plan X\" is published as \"etc-plan-x\"",
            "content/pages/b.md:3:7: bad-value: the slug \"!!!\" has no letters or digits to keep",
        ])
        #expect(diagnostics.first?.hint == "write it as it is published: slug: etc-plan-x")
    }

    @Test(arguments: ["news", "tags", "search", "briefs"])
    func aStandingPageAtOneOfTheBuildsOwnURLsIsAnError(slug: String) throws {
        let site = try SiteFolder()
        try site.write("content/pages/\(slug).md", "---\ntitle: หน้า\n---\n\nข้อความ\n")
        #expect(site.load().0 == nil)
        #expect(site.printed().hasPrefix("""
            content/pages/\(slug).md:1:1: error: duplicate-url: content/pages/\(slug).md would be published at /\(slug)/, where the build writes its own pages
            """))
    }

    @Test func twoReleasesAtOneURLAreAnErrorNamingBoth() throws {
        let site = try SiteFolder()
        try site.write("content/news/2555/a.md", "---\ntitle: หนึ่ง\ndate: 2012-09-20\nslug: same\n---\n")
        try site.write("content/news/2555/b.md", "---\ntitle: สอง\ndate: 2012-10-20\nslug: same\n---\n")
        let diagnostics = site.load().1
        #expect(diagnostics.map(\.message) == ["content/news/2555/b.md and content/news/2555/a.md would both be published at /news/2555/same/"])
    }

    @Test func allProblemsOfASiteComeInOneRun() throws {
        let site = try SiteFolder(site: "title: กรม\nbase_url: https://x.go.th/\nbureau: []\n")
        try site.write("content/news/a.md", "---\ntitle: ก\n---\n")
        try site.write("content/news/b.md", "---\ndate: 2012-09-20\n---\n")
        try site.write("content/pages/about.md", "---\nmenu: 1\n---\n")
        // site.yaml's error stops the load before the releases are read.
        #expect(site.load().1.map(\.code) == ["unknown-key"])
        try site.write("content/site.yaml", "title: กรม\nbase_url: https://x.go.th/\n")
        #expect(site.load().1.map(\.path) == ["content/news/a.md", "content/news/b.md", "content/pages/about.md"])
    }
}

@Suite("Slugs")
struct SlugTests {
    @Test(arguments: [
        ("ระดมสมอง 4 หน่วยงาน", "ระดมสมอง-4-หน่วยงาน"),
        ("CPD: Annual Plan!", "cpd-annual-plan"),
        ("  ข่าว -- ด่วน  ", "ข่าว-ด่วน"),
        ("น\u{0E4D}\u{0E49}\u{0E32}ท่วม", "น้ำท่วม"),
    ])
    func slugsKeepThaiMarksAndLowerLatin(title: String, slug: String) {
        #expect(Slug.make(title).map { Array($0.unicodeScalars) } == Array(slug.unicodeScalars))
    }

    @Test func aTitleWithNothingToKeepHasNoSlugAndTheFallbackIsStable() {
        #expect(Slug.make("!!! ???") == nil)
        let date = Date(timeIntervalSince1970: 1_348_110_000)
        let bangkok = TimeZone(identifier: "Asia/Bangkok")!
        let fallback = Slug.fallback(title: "!!!", date: date, timeZone: bangkok)
        #expect(fallback.hasPrefix("20120920-"))
        #expect(fallback.count == 15)
        #expect(fallback == Slug.fallback(title: "!!!", date: date, timeZone: bangkok))
        #expect(fallback != Slug.fallback(title: "???", date: date, timeZone: bangkok))
    }

    /// 1,000 generated Thai titles: unique, non-empty, NFC, every mark kept.
    @Test func generatedThaiTitlesGiveUniqueSlugsThatKeepEveryMark() {
        let words = ["กรม", "ส่งเสริม", "สหกรณ์", "ประชุม", "น้ำท่วม", "เกษตรกร", "ที่", "ข้าว", "ผู้", "แผน", "ปี", "ใหม่"]
        var slugs = Set<String>()
        for index in 0..<1_000 {
            let title = "\(words[index % 12]) \(words[(index / 12) % 12]) ครั้งที่ \(index)"
            guard let slug = Slug.make(title) else {
                Issue.record("no slug for \(title)")
                continue
            }
            slugs.insert(slug)
            let marks = title.unicodeScalars.filter { (0x0E31...0x0E4E).contains($0.value) }
            #expect(slug.unicodeScalars.filter { (0x0E31...0x0E4E).contains($0.value) }.elementsEqual(marks))
            #expect(slug.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(slug.unicodeScalars))
        }
        #expect(slugs.count == 1_000)
    }
}

@Suite("Hostile front matter")
struct HostileFrontMatterTests {
    @Test func anAliasBombIsAnErrorNotAHang() throws {
        let site = try SiteFolder()
        var yaml = "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
        for level in 0..<8 {
            let name = String(UnicodeScalar(UInt8(98 + level))), previous = String(UnicodeScalar(UInt8(97 + level)))
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ",") + "]\n"
        }
        try site.write("content/news/bomb.md", "---\ntitle: ระเบิด\ndate: 2012-09-20\n" + yaml + "---\n")
        let diagnostics = site.load().1
        #expect(diagnostics.first?.message == "\"d\" is too large (more than 10000 parts)")
        #expect(diagnostics.filter { $0.severity == .error }.allSatisfy { $0.code == "yaml-size" })
        #expect(diagnostics.filter { $0.severity == .warning }.allSatisfy { $0.code == "unknown-key" })
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let site = try SiteFolder()
        try site.write("content/news/deep.md", "---\ntitle: ลึก\ndate: 2012-09-20\nx: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n---\n")
        let diagnostics = site.load().1
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == "yaml")
        // In words of its own: libyaml's name its C function.
        #expect(diagnostics.first?.message == "lists and maps are nested too deeply here (more than 1,000 levels)")
        #expect(diagnostics.first?.hint == "front matter and plans need a level or two: look for a run of [ or {")
        #expect(diagnostics.first?.line == 4)
    }
}
