import Content
import Foundation
@testable import Site
import Templates
import Testing

/// docs/templates.md is the theme author's reference: it must name every
/// filter and every field a template can use, so it cannot fall behind the code.
@Suite("The template reference")
struct TemplateReferenceTests {
    static let reference = (try? String(contentsOfFile: Repository.root + "/docs/templates.md", encoding: .utf8)) ?? ""

    @Test func namesEveryFilter() throws {
        let configuration = try #require(SiteConfiguration.load("title: t\nbase_url: https://example.org/", path: "site.yaml").0)
        let registry = SiteFilters.registry(configuration: configuration, urls: try #require(SiteURLs(baseURL: "https://example.org/")),
                                            assets: AssetNames(paths: [:]))
        // Written `name` or, with its arguments, `name(style)`.
        let missing = registry.names.filter { !Self.reference.contains("`\($0)`") && !Self.reference.contains("`\($0)(") }
        #expect(missing == [])
    }

    @Test(arguments: [
        ("site", SiteObject.fields), ("release", ReleaseObject.fields), ("page", PageObject.fields),
        ("standing page", StandingPageObject.fields), ("pagination", PaginationObject.fields), ("tag", TagObject.fields),
        ("bureau", BureauObject.fields), ("year", YearObject.fields), ("plan", PlanObject.fields), ("project", ProjectObject.fields),
        ("brief", BureauBriefObject.fields),
    ])
    func namesEveryField(object: String, fields: [String]) {
        let missing = fields.filter { !Self.reference.contains("`\($0)`") }
        #expect(missing == [], "\(object)")
    }
}
