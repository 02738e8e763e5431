import Content
import Foundation
@testable import Site
import Templates
import Testing

/// The site's filters, each through a real template, as a theme uses them.
@Suite("Site filters")
struct SiteFilterTests {
    static let bangkok = TimeZone(identifier: "Asia/Bangkok")!

    static func render(_ template: String, _ context: [String: Value] = [:], baseURL: String = "https://www.cpd.go.th/",
                       digits: ThaiDigitsStyleName = .arabic) throws -> String {
        var configuration = SiteConfiguration.load("""
            title: กรมส่งเสริมสหกรณ์
            base_url: \(baseURL)
            timezone: Asia/Bangkok
            digits: \(digits.rawValue)
            """, path: "content/site.yaml").0!
        configuration.baseURL = baseURL
        let urls = SiteURLs(baseURL: baseURL)!
        let assets = AssetNames(paths: ["style.css": "/assets/style.0a1b2c3d.css"])
        let templates = try TemplateSet(sources: [TemplateSource(name: "t.html", path: "templates/t.html", text: template)],
                                        filters: SiteFilters.registry(configuration: configuration, urls: urls, assets: assets))
        return try templates.render("t.html", context, environment: RenderEnvironment(timeZone: bangkok))
    }

    enum ThaiDigitsStyleName: String { case arabic, thai }

    /// 2012-09-20 10:00 in Bangkok.
    static let date = Value.date(Date(timeIntervalSince1970: 1_348_110_000))

    @Test(arguments: [
        ("{{ d | thai_date }}", "20 กันยายน 2555"),
        ("{{ d | thai_date(\"full\") }}", "วันพฤหัสบดีที่ 20 กันยายน พ.ศ. 2555"),
        ("{{ d | thai_date(\"medium\") }}", "20 ก.ย. 2555"),
        ("{{ d | thai_date(\"short\") }}", "20 ก.ย. 55"),
        ("{{ d | english_date }}", "20 September 2012"),
        ("{{ d | english_date(\"full\") }}", "Thursday, 20 September 2012"),
        ("{{ d | thai_time }}", "10.00 น."),
        ("{{ d | fiscal_year }}", "2555"),
        ("{{ none | thai_date }}", ""),
        ("{{ 2555 | thai_digits }}", "๒๕๕๕"),
        ("{{ 12500000 | number }}", "12,500,000"),
        ("{{ 12500000 | baht }}", "12,500,000 บาท"),
        ("{{ 1250 | baht_text }}", "หนึ่งพันสองร้อยห้าสิบบาทถ้วน"),
        ("{{ \"ระดมสมอง 4 หน่วยงาน\" | slug }}", "ระดมสมอง-4-หน่วยงาน"),
        ("{{ \"กรมส่งเสริมสหกรณ์ประชุม\" | truncate(12) }}", "กรมส่งเสริม…"),
        ("{{ \"กรมส่งเสริมสหกรณ์\" | words }}", "4"),
        ("{{ \"<p>ข่าว &amp; <b>สหกรณ์</b></p><script>x()</script>\" | strip_html }}", "ข่าว &amp; สหกรณ์ "),
        ("{{ \"ระดมสมอง <4>\" | wbr }}", "ระดม<wbr>สมอง &lt;4&gt;"),
        ("{{ 2556 | digits }}", "2556"),
        ("{{ 17 | number(1) }}", "17.0"),
        ("{{ 12.345 | number(2) }}", "12.35"),
        ("{{ \"นายสมชาย ชาญณรงค์กุล เปิดเผย\" | keep_together([\"นายสมชาย ชาญณรงค์กุล\"]) }}",
         "<span class=\"nowrap\">นายสมชาย ชาญณรงค์กุล</span> เปิดเผย"),
        ("{{ \"งบ 12,500,000 บาท ปี พ.ศ. 2556 และ ๕๐๐บาท\" | keep_together }}",
         "งบ <span class=\"nowrap\">12,500,000 บาท</span> ปี <span class=\"nowrap\">พ.ศ. 2556</span> และ <span class=\"nowrap\">๕๐๐บาท</span>"),
        ("{{ \"บาท พ.ศ. <b>\" | keep_together }}", "บาท พ.ศ. &lt;b&gt;"),
        ("{{ \"/news/\" | url }}", "/news/"),
        ("{{ \"/news/\" | abs_url }}", "https://www.cpd.go.th/news/"),
        ("{{ \"https://example.org/a\" | url }}", "https://example.org/a"),
        ("{{ \"mailto:pr@cpd.go.th\" | url }}", "mailto:pr@cpd.go.th"),
        ("{{ \"style.css\" | asset }}", "/assets/style.0a1b2c3d.css"),
    ])
    func filterGivesExactText(template: String, expected: String) throws {
        #expect(try Self.render(template, ["d": Self.date, "none": .none]) == expected)
    }

    @Test func digitsFollowTheSite() throws {
        #expect(try Self.render("{{ 2556 | digits }} {{ 17 | number(1) }}", digits: .thai) == "๒๕๕๖ ๑๗.๐")
        #expect(throws: TemplateError.self) { try Self.render("{{ 17 | number(9) }}") }
    }

    @Test func aBasePathIsHonouredOnceByUrlAndAbsURL() throws {
        let base = "https://example.org/khao/"
        #expect(try Self.render("{{ \"/news/\" | url }}", baseURL: base) == "/khao/news/")
        #expect(try Self.render("{{ \"/khao/news/\" | url }}", baseURL: base) == "/khao/news/")
        #expect(try Self.render("{{ \"/news/\" | abs_url }}", baseURL: base) == "https://example.org/khao/news/")
        #expect(try Self.render("{{ \"style.css\" | asset }}", baseURL: base) == "/khao/assets/style.0a1b2c3d.css")
    }

    @Test(arguments: ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " \tjavascript:alert(1)", "data:text/html,<script>", "vbscript:x"])
    func urlRefusesSchemesThatRunScript(link: String) throws {
        #expect(throws: TemplateError.self) { try Self.render("{{ link | url }}", ["link": .text(link)]) }
    }

    @Test func thaiDigitsFollowTheSite() throws {
        #expect(try Self.render("{{ d | thai_date }} {{ 1234 | baht }}", ["d": Self.date], digits: .thai) == "๒๐ กันยายน ๒๕๕๕ ๑,๒๓๔ บาท")
    }

    @Test func aStyleThatDoesNotExistIsAnErrorWithTheStyles() throws {
        do {
            _ = try Self.render("{{ d | thai_date(\"long-ish\") }}", ["d": Self.date])
            Issue.record("rendered")
        } catch let error as TemplateError {
            #expect(error.message.contains("\"thai_date\" has no style \"long-ish\""))
            #expect(error.hint == "the styles are full, long, medium, short")
        }
    }
}

@Suite("Keeping names, years and amounts together in print")
struct KeepTogetherTests {
    @Test(arguments: [
        ("<p title=\"12 บาท\">จ่าย 12 บาท</p>", [], "<p title=\"12 บาท\">จ่าย <span class=\"nowrap\">12 บาท</span></p>"),
        ("<p>ปี พ.ศ.๒๕๕๖ และ 1,250.50บาท</p>", [], "<p>ปี <span class=\"nowrap\">พ.ศ.๒๕๕๖</span> และ <span class=\"nowrap\">1,250.50บาท</span></p>"),
        ("<p>นายสมชาย ชาญณรงค์กุล กล่าว</p>", ["นายสมชาย ชาญณรงค์กุล"], "<p><span class=\"nowrap\">นายสมชาย ชาญณรงค์กุล</span> กล่าว</p>"),
        ("<p>ราคา 5 ล้านบาท, บาท, พ.ศ. ก</p>", [], "<p>ราคา 5 ล้านบาท, บาท, พ.ศ. ก</p>"),
        // Matches that start right after Thai letters: a Thai amount, a name.
        ("<p>จ่ายเงิน๑๒ บาทแก่นางสาวสุดา ใจดี</p>", ["นางสาวสุดา ใจดี"],
         "<p>จ่ายเงิน<span class=\"nowrap\">๑๒ บาท</span>แก่<span class=\"nowrap\">นางสาวสุดา ใจดี</span></p>"),
        // A name whose first letter shares Thai's lead byte but not its block.
        ("<p>ท่านराम शर्मा กล่าว</p>", ["राम शर्मा"], "<p>ท่าน<span class=\"nowrap\">राम शर्मा</span> กล่าว</p>"),
    ])
    func wrapsTextNeverTags(html: String, names: [String], expected: String) {
        #expect(KeepTogether.html(html, names: names) == expected)
    }
}
