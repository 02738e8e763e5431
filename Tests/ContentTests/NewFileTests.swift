@testable import Content
import Diagnostics
import Foundation
import Testing
import Thai

/// The files `khao new` writes: their text, their place, and that the
/// loaders read them back as they were meant, without a diagnostic.
@Suite("New files: releases and pages")
struct NewFileTests {
    static let site = SiteConfiguration.load(
        "title: กรม\nbase_url: https://www.cpd.go.th/\nbureaus:\n  - { id: ctt, name: สำนัก ก }\n  - { id: cbd, name: สำนัก ข }\n",
        path: "content/site.yaml").0!
    static let bangkok = TimeZone(identifier: "Asia/Bangkok")!
    /// 2012-09-20T10:00:00+07:00.
    static let now = Date(timeIntervalSince1970: 1_348_110_000)

    func release(
        _ title: String, date: String? = nil, bureaus: [String] = [], tags: [String] = [], slug: String? = nil, now: Date = now
    ) throws(ScaffoldError) -> Scaffold {
        try Scaffold.release(title: title, date: date, bureaus: bureaus, tags: tags, slug: slug, site: Self.site, now: now)
    }

    func problems(_ make: () throws(ScaffoldError) -> Scaffold) -> [ScaffoldError.Problem] {
        do {
            _ = try make()
            return []
        } catch {
            return error.problems
        }
    }

    /// The release as `khao check` reads it: decoded and normalised, then
    /// loaded, with every diagnostic of both.
    func load(_ file: Scaffold) -> (Release?, [Diagnostic]) {
        let source = NormalizedSource(bytes: Array(file.text.utf8), path: file.path, kind: .markdown)
        let (release, problems) = Release.load(source.text ?? "", path: file.path, fallbackSlug: "unused", site: Self.site) { _ in false }
        return (release, source.diagnostics + problems)
    }

    @Test func aThaiReleaseHasItsFrontMatterFilledInAndABodySkeleton() throws {
        let file = try release("ระดมสมอง 4 หน่วยงาน", date: "2012-09-20T10:00", bureaus: ["ctt", "cbd", "ctt"], tags: ["แผนปฏิบัติงาน", "บูรณาการ"])
        #expect(file.path == "content/news/2555/ระดมสมอง-4-หน่วยงาน.md")
        #expect(file.text == """
            ---
            title: ระดมสมอง 4 หน่วยงาน
            date: 2012-09-20T10:00:00+07:00
            bureaus: [ctt, cbd]
            tags: [แผนปฏิบัติงาน, บูรณาการ]
            # A draft is left out of the site (khao build --drafts shows it): delete this line to publish.
            draft: true
            # More fields (content.md): delete the # to use one.
            # summary: the lead for lists and feeds; without it, the first paragraph
            # release_no: 123/2555
            # people: [ชื่อ นามสกุล]
            # image: photo.jpg
            # image_alt: what the photo shows
            # plan: 2555
            # projects: [project-id]
            ---

            (ย่อหน้านำ: ใคร ทำอะไร เมื่อไร ที่ไหน เพื่ออะไร)

            (รายละเอียด คำกล่าวของผู้บริหาร และผลที่คาดว่าจะได้รับ)

            """)
        let (loaded, diagnostics) = load(file)
        #expect(diagnostics == [])
        #expect(loaded?.title == "ระดมสมอง 4 หน่วยงาน")
        #expect(loaded?.date == Self.now)
        #expect(loaded?.bureaus == ["ctt", "cbd"])
        #expect(loaded?.tags == ["แผนปฏิบัติงาน", "บูรณาการ"])
        #expect(loaded?.draft == true)
    }

    @Test func withoutBureausOrTagsTheListsAreEmptyAndTheFileStillLoads() throws {
        let file = try release("ข่าว")
        #expect(file.text.contains("\nbureaus: []\ntags: []\n"))
        #expect(load(file).1 == [])
    }

    @Test(arguments: [
        "CPD: แผนปี 2556", "ข่าว:", "เขาพูดว่า \"สหกรณ์\"", "it's ข่าว", "'ข่าว'", "\"", "#1 ข่าวเด่น", "ข่าว #1", "- รายการ",
        "-", "? ข่าว", "{ข่าว}", "[ข่าว]", "ข่าว, ประชุม", "*ดาว", "&ข่าว", "!ข่าว", "|", "> ข่าว", "%ข่าว", "@ข่าว", "`ข่าว`",
        "yes", "No", "null", "~", "true", "2556", "1.5", "0x1F", "2012-09-20", "10:00", ".inf", "+1", "...", "---", "=", "<<",
        "a\\b", "ข่าว\tแท็บ", "ข่าว\u{7}", "ข่าว\u{85}", "ข่าว\u{FEFF}x", "ข่าว\u{A0}เว้น", "ข่าว 10:00 น.", "C#", "ข่าว#แท็ก",
    ])
    func hostileTitlesAndTagsAreQuotedAndReadBackExactly(title: String) throws {
        let file = try release(title, tags: [title])
        let (loaded, diagnostics) = load(file)
        let expected = ThaiNormalizer.normalized(title).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(diagnostics == [], "\(file.text)")
        #expect(loaded?.title == expected, "\(file.text)")
        #expect(loaded?.tags == [expected], "\(file.text)")
    }

    @Test func quotingIsPlainWhenSafeAndDoubleQuotedWithEscapesOtherwise() {
        #expect(YAMLScalar.text("ระดมสมอง 4 หน่วยงาน") == "ระดมสมอง 4 หน่วยงาน")
        #expect(YAMLScalar.text("2556 ปีแห่งสหกรณ์") == "2556 ปีแห่งสหกรณ์")
        #expect(YAMLScalar.text("ข่าว 10:00 น.") == "ข่าว 10:00 น.")
        #expect(YAMLScalar.text("CPD: แผน") == "\"CPD: แผน\"")
        #expect(YAMLScalar.text("ข่าว #1") == "\"ข่าว #1\"")
        #expect(YAMLScalar.text("เขาว่า \"ดี\"") == "\"เขาว่า \\\"ดี\\\"\"")
        #expect(YAMLScalar.text("it's") == "\"it's\"")
        #expect(YAMLScalar.text("“สหกรณ์”") == "“สหกรณ์”")
        #expect(YAMLScalar.text("'ข่าว'") == "\"'ข่าว'\"")
        #expect(YAMLScalar.text("- ข่าว") == "\"- ข่าว\"")
        #expect(YAMLScalar.text("{ข่าว}") == "\"{ข่าว}\"")
        #expect(YAMLScalar.text("yes") == "\"yes\"")
        #expect(YAMLScalar.text("") == "\"\"")
        #expect(YAMLScalar.text("บรรทัดหนึ่ง\nบรรทัดสอง") == "\"บรรทัดหนึ่ง\\nบรรทัดสอง\"")
        #expect(YAMLScalar.text("a\\b\u{7}\u{2028}\u{FEFF}") == "\"a\\\\b\\x07\\L\\uFEFF\"")
        #expect(YAMLScalar.text("ก, ข") == "ก, ข")
        #expect(YAMLScalar.text("ก, ข", in: .flow) == "\"ก, ข\"")
        #expect(YAMLScalar.text("ก]", in: .flow) == "\"ก]\"")
    }

    /// A newline cannot be in a title (content.md: one line), but the
    /// quoting keeps it: a summary written with it reads back whole.
    @Test func aNewlineIsEscapedAndReadBackButATitleMustBeOneLine() throws {
        let summary = "ย่อหน้าแรก\nย่อหน้าสอง: \"อ้าง\" # ไม่ใช่หมายเหตุ"
        let text = "---\ntitle: ข่าว\ndate: 2012-09-20\nsummary: \(YAMLScalar.text(summary))\n---\n"
        let (loaded, diagnostics) = Release.load(text, path: "a.md", fallbackSlug: "a", site: Self.site) { _ in false }
        #expect(diagnostics == [])
        #expect(loaded?.summary == summary)
        #expect(problems { () throws(ScaffoldError) in try release("บรรทัดหนึ่ง\nบรรทัดสอง") }.map(\.message) == ["the title is more than one line"])
        #expect(problems { () throws(ScaffoldError) in try release("  \n") }.map(\.message) == ["the title is empty"])
        // A newline the shell left at the end is not a second line.
        #expect(try release("ข่าว\n").text.hasPrefix("---\ntitle: ข่าว\n"))
    }

    /// 23:30 UTC on 31 December 2012 is 06:30 on 1 January 2013 in Bangkok:
    /// Buddhist-era 2556 already, whatever zone the machine is in.
    @Test func theFolderIsTheBuddhistEraYearOfTheDateInTheSitesZone() throws {
        let lateInUTC = Date(timeIntervalSince1970: 1_356_996_600)
        let dated = try release("ข่าวปีใหม่", date: "2012-12-31T23:30:00Z")
        #expect(dated.path == "content/news/2556/ข่าวปีใหม่.md")
        #expect(dated.text.contains("\ndate: 2013-01-01T06:30:00+07:00\n"))
        let now = try release("ข่าวปีใหม่", now: lateInUTC)
        #expect(now.path == "content/news/2556/ข่าวปีใหม่.md")
        #expect(now.text.contains("\ndate: 2013-01-01T06:30:00+07:00\n"))
        // Without an offset a date is in the site's zone, as in front matter.
        #expect(try release("ข่าวปลายปี", date: "2012-12-31T23:30").path == "content/news/2555/ข่าวปลายปี.md")
    }

    @Test func datesAreAcceptedInEveryFormFrontMatterAcceptsAndWrittenAsISO() throws {
        for written in ["2012-09-20T10:00", "2555-09-20T10:00", "2012-09-20T03:00:00Z", "20 กันยายน 2555 10:00", "๒๐ ก.ย. ๒๕๕๕ เวลา ๑๐.๐๐ น."] {
            let file = try release("ข่าว", date: written)
            #expect(file.path == "content/news/2555/ข่าว.md", "\(written)")
            #expect(file.text.contains("\ndate: 2012-09-20T10:00:00+07:00\n"), "\(written)")
        }
        // Now, to the minute.
        #expect(try release("ข่าว", now: Self.now.addingTimeInterval(59.9)).text.contains("\ndate: 2012-09-20T10:00:00+07:00\n"))
        let bad = problems { () throws(ScaffoldError) in try release("ข่าว", date: "31 กันยายน 2555") }
        #expect(bad.map(\.code) == ["bad-date"])
        #expect(bad.first?.message == "--date \"31 กันยายน 2555\": September 2555 has 30 days, not 31.")
    }

    @Test func theSlugOfAThaiTitleKeepsItsMarks() throws {
        let file = try release("กรมส่งเสริมสหกรณ์ครบรอบ 40 ปี ก้าวสู่ทศวรรษ")
        let slug = "กรมส่งเสริมสหกรณ์ครบรอบ-40-ปี-ก้าวสู่ทศวรรษ"
        #expect(Array(file.path.unicodeScalars) == Array("content/news/2555/\(slug).md".unicodeScalars))
        // Marks typed in the wrong order are repaired first, in the title and the slug.
        let misordered = try release("สหกรณ\u{E4C}ผู\u{E49}\u{E39}")
        #expect(misordered.text.contains("title: สหกรณ์ผู้\n"))
        #expect(Array(misordered.path.unicodeScalars) == Array("content/news/2555/สหกรณ์ผู้.md".unicodeScalars))
    }

    @Test func aLongTitleGivesASlugCutAfterAWholeWord() throws {
        let title = "สำนักพัฒนาและถ่ายทอดเทคโนโลยีการสหกรณ์ถอดแผนปี 2556 สู่การปฏิบัติ เน้นเตรียมความพร้อมและพัฒนาคน"
        let whole = try #require(Slug.make(title))
        #expect(whole.utf8.count > 255)
        let file = try release(title)
        let name = String(SitePath.removingExtension(SitePath.lastComponent(file.path)))
        #expect(name.utf8.count <= Scaffold.titleSlugLimit)
        #expect(whole.hasPrefix(name))
        // The name is the slug of the title up to the end of one of its words.
        let normalized = ThaiNormalizer.normalized(title)
        let wordEnds = ThaiWords.segments(in: normalized).filter(\.isWord).compactMap { Slug.make(String(normalized[..<$0.range.upperBound])) }
        #expect(wordEnds.contains(name))
        #expect(!wordEnds.contains { $0.utf8.count > name.utf8.count && $0.utf8.count <= Scaffold.titleSlugLimit })
        #expect(load(file).1 == [])
        // A title with nothing a slug keeps is named by its date and a hash.
        #expect(try release("!!!").path == "content/news/2555/\(Slug.fallback(title: "!!!", date: Self.now, timeZone: Self.bangkok)).md")
    }

    @Test func aGivenSlugFollowsTheRulesOfFrontMatterSlugs() throws {
        #expect(try release("ข่าว", slug: "Four Bureaus: Plan!").path == "content/news/2555/four-bureaus-plan.md")
        #expect(try release("ข่าว", slug: "ระดมสมอง").path == "content/news/2555/ระดมสมอง.md")
        let none = problems { () throws(ScaffoldError) in try release("ข่าว", slug: "!!!") }
        #expect(none == [.init(code: "bad-value", message: "the slug \"!!!\" has no letters or digits to keep",
                               hint: "a slug is Thai or Latin letters and digits; spaces and punctuation become -")])
        let long = problems { () throws(ScaffoldError) in try release("ข่าว", slug: String(repeating: "ก", count: 90)) }
        #expect(long.map(\.message) == ["the slug is 270 bytes long, too long for a file name"])
    }

    @Test func anUnknownBureauIsAProblemNamingTheKnownOnesAndAllProblemsComeTogether() {
        let found = problems { () throws(ScaffoldError) in try release("ข่าว", date: "2012-13-01", bureaus: ["ctx", "ctt", "zzz"], slug: "...") }
        #expect(found.map(\.code) == ["bad-date", "unknown-bureau", "unknown-bureau", "bad-value"])
        #expect(found[1] == .init(code: "unknown-bureau", message: "--bureau names an unknown bureau \"ctx\"",
                                  hint: "did you mean \"ctt\"? known bureaus are ctt, cbd (content/site.yaml:4)"))
        #expect(found[2].hint == "known bureaus are ctt, cbd (content/site.yaml:4)")
    }

    @Test func aPageHasItsTitleAndAnEmptyBody() throws {
        let file = try Scaffold.page(title: "นโยบายคุกกี้: ฉบับย่อ", slug: nil, timeZone: Self.bangkok, now: Self.now)
        #expect(file.path == "content/pages/นโยบายคุกกี้-ฉบับย่อ.md")
        #expect(file.text == """
            ---
            title: "นโยบายคุกกี้: ฉบับย่อ"
            # A page is published by the next build (pages have no drafts).
            # More fields (content.md): delete the # to use one.
            # menu: 1
            # template: page.html
            ---


            """)
        let (page, diagnostics) = StandingPage.load(file.text, path: file.path, fallbackSlug: "นโยบายคุกกี้-ฉบับย่อ")
        #expect(diagnostics == [])
        #expect(page?.title == "นโยบายคุกกี้: ฉบับย่อ")
        #expect(try Scaffold.page(title: "Cookies", slug: "cookie-policy", timeZone: Self.bangkok, now: Self.now).path == "content/pages/cookie-policy.md")
    }

    @Test func aPageCannotTakeTheURLOfTheSitesOwnPages() {
        let found = problems { () throws(ScaffoldError) in try Scaffold.page(title: "News", slug: nil, timeZone: Self.bangkok, now: Self.now) }
        #expect(found.map(\.code) == ["duplicate-url"])
        #expect(found.first?.message == "a page with the slug \"news\" would be published at /news/, where the site's own pages are")
    }

    @Test func writingMakesTheFoldersAndNeverOverwrites() throws {
        let site = try SiteFolder()
        let file = try release("ระดมสมอง", date: "2013-01-15", bureaus: ["ctt"], tags: ["แผน"])
        try file.write(into: site.path)
        #expect(try site.folder.text(file.path) == file.text)
        let other = Scaffold(path: file.path, text: "---\ntitle: อื่น\n---\n")
        #expect(throws: ScaffoldWriteError.exists(file.path)) { try other.write(into: site.path) }
        #expect(try site.folder.text(file.path) == file.text)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path + "/content/news/2556") == ["ระดมสมอง.md"])
        // The site loads it without a word; a draft is published only with drafts.
        #expect(site.load().1 == [])
        #expect(site.load().0?.releases.isEmpty == true)
        #expect(site.load(.init(drafts: true, now: Self.now.addingTimeInterval(365 * 86_400))).0?.releases.map(\.slug) == ["ระดมสมอง"])
    }
}
