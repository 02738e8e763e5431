import Content
import Diagnostics
import Foundation
import Testing

@Suite("site.yaml")
struct SiteConfigurationTests {
    /// The bundled example's own site.yaml, from the repository.
    static var bundled: String {
        get throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../content/site.yaml")
            return try String(contentsOf: url, encoding: .utf8)
        }
    }

    @Test func theBundledSiteLoadsWithoutAWord() throws {
        let (site, diagnostics) = SiteConfiguration.load(try Self.bundled, path: "content/site.yaml")
        #expect(diagnostics.isEmpty)
        #expect(site?.title == "กรมส่งเสริมสหกรณ์")
        #expect(site?.baseURL == "https://www.cpd.go.th/")
        #expect(site?.bureaus.map(\.id) == ["cbd", "ctt", "fund", "cpd"])
        #expect(site?.bureau("ctt")?.name == "สำนักพัฒนาและถ่ายทอดเทคโนโลยีการสหกรณ์")
        #expect(site?.organisation.phone == "0 2241 5885")
        #expect(site?.timeZone.identifier == "Asia/Bangkok")
        #expect(site?.perPage == 20)
        #expect(site?.feedItems == 50)
        #expect(site?.menu.first == SiteConfiguration.MenuItem(title: "ข่าวประชาสัมพันธ์", url: "/news/"))
    }

    @Test func defaultsFillWhatIsNotSaid() {
        let (site, diagnostics) = SiteConfiguration.load("title: กรม\nbase_url: https://example.go.th\n", path: "site.yaml")
        #expect(diagnostics.isEmpty)
        #expect(site?.baseURL == "https://example.go.th/")
        #expect(site?.language == "th")
        #expect(site?.digits == .arabic)
        #expect(site?.unsafeHTML == false)
    }

    static func printed(_ text: String) -> String {
        SiteConfiguration.load(text, path: "content/site.yaml").1.map { DiagnosticFormat.text.render($0) }.joined()
    }

    @Test func anUnknownKeyIsAnErrorWithASuggestion() {
        #expect(Self.printed("title: กรม\nbase_url: https://x.go.th/\nbureau:\n  - id: ctt\n") == """
            content/site.yaml:3:1: error: unknown-key: unknown key "bureau" in site.yaml
                3 | bureau:
                  | ^~~~~~
            hint: did you mean "bureaus"?

            """)
    }

    @Test func badYAMLIsAnErrorAtItsPlace() {
        #expect(Self.printed("title: กรม\nmenu: [a, b\n") == """
            content/site.yaml:3:1: error: yaml: this is not valid YAML: did not find expected ',' or ']'
                3 | 
                  | ^
            note: while parsing a flow sequence (started at content/site.yaml:2:7)
            hint: YAML is indentation and `key: value`; text with a colon followed by a space needs quotes: title: "ข่าว: ชื่อเรื่อง"

            """)
    }

    @Test func everyProblemIsReportedTogether() {
        let diagnostics = SiteConfiguration.load("""
            title_en: CPD
            base_url: www.cpd.go.th
            timezone: Asia/Bankok
            digits: roman
            per_page: 0
            bureaus:
              - { id: ctt, name: สำนักพัฒนาและถ่ายทอดเทคโนโลยีการสหกรณ์ }
              - { id: ctt, name: ซ้ำ }
              - { id: ก, name: ไทย }
            organisation: { phone: 0 2241 5885, fone: 1 }

            """, path: "content/site.yaml").1
        #expect(diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" } == [
            "1:1 site.yaml needs \"title\"",
            "2:11 \"base_url\" must start with https:// or http://",
            "3:11 \"Asia/Bankok\" is not a time zone",
            "4:9 \"digits\" must be arabic or thai",
            "10:37 unknown key \"fone\" in \"organisation\"",
            "8:11 the bureau id \"ctt\" is used twice",
            "9:11 a bureau id is written with Latin letters, digits, - and _, not \"ก\"",
            "5:11 \"per_page\" must be at least 1",
        ])
    }
}
