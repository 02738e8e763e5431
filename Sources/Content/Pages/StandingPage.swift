import Diagnostics
import Thai

/// A standing page (`content/pages/**.md`): about, contact, policies.
public struct StandingPage: Sendable {
    /// The first parts of the URLs the build makes itself (layout.md's
    /// output tree): a standing page at `/news/` would be written over them.
    public static let reservedSlugs: Set<String> = ["news", "tags", "bureaus", "plans", "briefs", "search", "assets", "pdf"]

    public var path: String
    public var title: String
    /// Its place in the main menu, when it has one.
    public var menu: Int?
    /// A template other than `page.html`.
    public var template: String?
    public var slug: String
    public var body: String
    public var bodyLine: Int

    static let keys = ["title", "menu", "template", "slug"]

    static func load(_ text: String, path: String, fallbackSlug: String) -> (StandingPage?, [Diagnostic]) {
        let (cut, problems) = FrontMatter.split(text, path: path)
        guard let cut else { return (nil, problems) }
        let (parsed, yamlProblems) = YAMLDocument.parse(cut.yaml, path: path, lineOffset: cut.yamlLineOffset)
        guard let document = parsed else { return (nil, yamlProblems) }
        var fields = YAMLFields(cut.hasFrontMatter ? document.root : nil, in: document, known: keys, owner: "the front matter")
        let title = fields.text("title", required: true, oneLine: true)
        let menu = fields.integer("menu")
        let template = fields.text("template", oneLine: true)
        let slug = fields.slug()
        let diagnostics = fields.finish()
        guard let title, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (StandingPage(path: path, title: title, menu: menu, template: template,
                             slug: slug ?? Slug.make(fallbackSlug) ?? Slug.make(title) ?? "page",
                             body: String(cut.body), bodyLine: cut.bodyLine), diagnostics)
    }
}
