import Content
import Foundation
import Markdown
import Templates
import Thai

/// What each fuzz target does with one input: parse it as a user's file
/// would be parsed, and stop the process (a crash libFuzzer keeps) when a
/// property that must hold does not. Bad input must give diagnostics, never
/// a trap, a hang or a broken property.
enum FuzzTarget: String, CaseIterable {
    /// A release's file: decoding, normalising, front matter and YAML.
    case frontMatter = "front-matter"
    /// site.yaml.
    case siteYAML = "site-yaml"
    /// A template set of one template, loaded and rendered.
    case template
    /// A plan table: encoding detection (UTF-8, UTF-16, Windows-874) and CSV.
    case csv
    /// The Thai normaliser: idempotent, and clean text left as it is.
    case normalize
    /// Markdown with every link rewritten, as a release's body is.
    case markdown

    func run(_ bytes: [UInt8]) {
        switch self {
        case .frontMatter:
            let source = NormalizedSource(bytes: bytes, path: "content/news/x.md", kind: .markdown)
            guard let text = source.text else { return }
            _ = Release.load(text, path: "content/news/x.md", fallbackSlug: "x", site: Self.site) { _ in true }
        case .siteYAML:
            guard let text = NormalizedSource(bytes: bytes, path: "content/site.yaml", kind: .yaml).text else { return }
            _ = SiteConfiguration.load(text, path: "content/site.yaml")
        case .template:
            let text = String(decoding: bytes, as: UTF8.self)
            let sources = [TemplateSource(name: "base.html", path: "templates/base.html", text: "<main>{% block main %}{% endblock %}</main>"),
                           TemplateSource(name: "t.html", path: "templates/t.html", text: text)]
            guard let set = try? TemplateSet(sources: sources) else { return }
            let context: [String: Value] = ["page": ["title": Value.text("ข่าว"), "tags": .list([.text("ก"), .text("ข")])].templateValue, "n": .integer(3)]
            _ = try? set.render("t.html", context, environment: Self.environment)
        case .csv:
            guard let text = NormalizedSource(bytes: bytes, path: "content/plans/2556/projects.csv", kind: .csv).text else { return }
            _ = CSVTable.parse(text, path: "content/plans/2556/projects.csv")
        case .normalize:
            let text = String(decoding: bytes, as: UTF8.self)
            let once = ThaiNormalizer.normalize(text)
            let twice = ThaiNormalizer.normalize(once.text)
            // Problems left for a person (a mark with no letter) stay
            // findings; repairs must all be made in one pass.
            Self.require(twice.text == once.text, "normalising twice changed the text")
            Self.require(!twice.findings.contains { $0.rule.isRepair }, "normalised text still needs a repair")
            Self.require(once.findings.contains { $0.rule.isRepair } || once.text == text, "text needing no repair was changed")
        case .markdown:
            let text = String(decoding: bytes, as: UTF8.self)
            let rendered = Markdown.render(text, firstLine: 5) { link in
                link.destination.hasSuffix(".md") ? .url("/news/2555/x/") : link.kind == .image ? .image(url: "/a.png", width: 2, height: 1) : .keep
            }
            Self.require(!rendered.html.contains("<script"), "a script got through safe mode")
        }
    }

    /// A failed property: stops with its name, for libFuzzer to keep the input.
    private static func require(_ condition: Bool, _ property: String) {
        guard condition else { fatalError("property broken: \(property)") }
    }

    private static let site = SiteConfiguration.load(
        "title: กรม\nbase_url: https://www.cpd.go.th/\nbureaus:\n  - { id: ctt, name: สำนัก ก }\n", path: "content/site.yaml").0!

    private static let environment = RenderEnvironment(timeZone: TimeZone(identifier: "Asia/Bangkok")!, textOrder: { $0 < $1 })
}
