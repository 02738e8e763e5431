import Diagnostics
import Foundation
import Thai
import Yams

/// A news release (`content/news/**.md`), with every front matter field of content.md.
public struct Release: Sendable, Equatable {
    /// The source file, relative to the site folder.
    public var path: String
    public var title: String
    public var date: Date
    /// The lead as written; templates fall back to the first paragraph.
    public var summary: String?
    public var slug: String
    public var bureaus: [String]
    public var tags: [String]
    public var people: [String]
    public var releaseNumber: String?
    public var image: String?
    public var imageAlt: String?
    public var plan: Int?
    public var projects: [String]
    /// Where `plan` and each item of `projects` are written, so a reference
    /// to a plan or project that does not exist is reported at its value.
    public var planReference: Reference?
    public var projectReferences: [Reference]
    public var draft: Bool
    public var publishAt: Date?
    public var expiresAt: Date?
    public var language: String
    public var translationOf: String?
    public var contact: SiteConfiguration.Organisation?
    /// Fields the tool does not know, kept for templates as `page.extra.NAME`.
    public var extra: [String: FieldValue]
    /// The Markdown body, and the file line it starts on.
    public var body: String
    public var bodyLine: Int

    static let keys = ["title", "date", "summary", "slug", "bureaus", "tags", "people", "release_no", "image", "image_alt",
                       "plan", "projects", "draft", "publish_at", "expires_at", "lang", "translation_of", "contact"]

    /// Reads a release from its normalised text. `fallbackSlug` is the file
    /// or bundle name; `fileExists` answers for image paths relative to the release.
    public static func load(
        _ text: String, path: String, fallbackSlug: String, site: SiteConfiguration, fileExists: (String) -> Bool
    ) -> (Release?, [Diagnostic]) {
        let (cut, problems) = FrontMatter.split(text, path: path)
        guard let cut else { return (nil, problems) }
        guard cut.hasFrontMatter else {
            return (nil, [.error("a release starts with front matter between --- lines, with at least a title and a date",
                                 path: path, line: 1, column: 1, code: "front-matter",
                                 hint: "start the file with:\n---\ntitle: …\ndate: 2012-09-20\n---")])
        }
        let (parsed, yamlProblems) = YAMLDocument.parse(cut.yaml, path: path, lineOffset: cut.yamlLineOffset)
        guard let document = parsed else { return (nil, yamlProblems) }
        var fields = YAMLFields(document.root, in: document, known: keys, owner: "the front matter")
        let dates = DateField(document: document, timeZone: site.timeZone)

        let title = fields.text("title", required: true, oneLine: true)
        let date = dates.read("date", in: &fields, required: true)
        let summary = fields.text("summary")
        let slug = fields.slug()
        var bureaus = [String]()
        for (id, node) in fields.textList("bureaus") {
            if site.bureau(id) == nil {
                let known = site.bureaus.map(\.id).joined(separator: ", ")
                let place = site.bureaus.first.map { " (\($0.definedAt))" } ?? ""
                fields.add(document.diagnostic(.error, "\"bureaus\" names an unknown bureau \"\(id)\"", at: node, code: "unknown-bureau",
                                               hint: Suggestion.hint(for: id, among: site.bureaus.map(\.id)).map { "\($0) known bureaus are \(known)\(place)" }
                                                   ?? "known bureaus are \(known)\(place)"))
            } else if !bureaus.contains(id) {
                bureaus.append(id)
            }
        }
        var tags = [String]()
        for (tag, _) in fields.textList("tags") where !tag.isEmpty && !tags.contains(where: { $0.unicodeScalars.elementsEqual(tag.unicodeScalars) }) {
            tags.append(tag)
        }
        let people = fields.textList("people").map(\.text)
        let releaseNumber = fields.text("release_no", oneLine: true)
        let image = fields.text("image", oneLine: true)
        let imageAlt = fields.text("image_alt")
        if let image {
            if image.contains("..") || image.hasPrefix("/") || !fileExists(image) {
                fields.add(document.diagnostic(.error, "the image \"\(image)\" is not beside the release", at: fields.value("image"), code: "missing-image",
                                               hint: "put the image in the release's folder (a bundle: NAME/index.md with its files) and name it relative to it"))
            }
            if imageAlt == nil {
                fields.add(document.diagnostic(.error, "an image needs \"image_alt\": what the picture shows, for readers who cannot see it",
                                               at: fields.keyNode("image"), code: "missing-field"))
            }
        }
        let plan = fields.integer("plan")
        let planReference = plan.flatMap { year in fields.value("plan").map { Reference(year: year, node: $0, in: document) } }
        let projectReferences = fields.textList("projects").map { Reference($0.text, node: $0.node, in: document) }
        let projects = projectReferences.map(\.text)
        let draft = fields.bool("draft") ?? false
        let publishAt = dates.read("publish_at", in: &fields)
        let expiresAt = dates.read("expires_at", in: &fields)
        let language = fields.text("lang") ?? site.language
        if !["th", "en"].contains(language) {
            fields.add(document.diagnostic(.error, "\"lang\" must be th or en", at: fields.value("lang"), code: "bad-value"))
        }
        let translationOf = fields.text("translation_of", oneLine: true)
        var contact: SiteConfiguration.Organisation?
        if let node = fields.value("contact") {
            var contactFields = YAMLFields(node, in: document, known: SiteConfiguration.organisationKeys, owner: "\"contact\"")
            contact = SiteConfiguration.Organisation(
                department: contactFields.text("department"), ministry: contactFields.text("ministry"), unit: contactFields.text("unit"),
                bureau: contactFields.text("bureau"), phone: contactFields.text("phone"), fax: contactFields.text("fax"),
                website: contactFields.text("website"), address: contactFields.text("address"))
            fields.add(contentsOf: contactFields.finish())
        }
        var extra = [String: FieldValue]()
        for (key, node) in fields.unknownKeys {
            if let value = fields.value(key).flatMap(FieldValue.from) {
                extra[key] = value
            } else if fields.value(key) != nil {
                fields.add(document.diagnostic(.error, "\"\(key)\" is too large (more than \(FieldValue.maximumNodes) parts)", at: node, code: "yaml-size"))
            }
        }
        let diagnostics = fields.finish(unknownAre: .warning, note: "it is kept as page.extra.NAME for templates")
        guard let title, let date, !diagnostics.contains(where: { $0.severity == .error }) else {
            return (nil, diagnostics)
        }
        let finalSlug = slug ?? Slug.make(fallbackSlug) ?? Slug.make(title) ?? Slug.fallback(title: title, date: date, timeZone: site.timeZone)
        return (Release(
            path: path, title: title, date: date, summary: summary, slug: finalSlug, bureaus: bureaus, tags: tags, people: people,
            releaseNumber: releaseNumber, image: image, imageAlt: imageAlt, plan: plan, projects: projects,
            planReference: planReference, projectReferences: projectReferences, draft: draft,
            publishAt: publishAt, expiresAt: expiresAt, language: language, translationOf: translationOf, contact: contact,
            extra: extra, body: String(cut.body), bodyLine: cut.bodyLine), diagnostics)
    }

    /// A value of the front matter and its place: the text, and a diagnostic
    /// template at it (path, line, column, the line's text, caret width).
    public struct Reference: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var column: Int
        let place: Diagnostic

        init(_ text: String, node: Node, in document: YAMLDocument) {
            self.text = text
            place = document.diagnostic(.error, "", at: node, code: "")
            line = place.line ?? 1
            column = place.column ?? 1
        }

        init(year: Int, node: Node, in document: YAMLDocument) {
            self.init(String(year), node: node, in: document)
        }

        /// A diagnostic at this value.
        func diagnostic(_ severity: Diagnostic.Severity, _ message: String, code: String, hint: String? = nil) -> Diagnostic {
            var diagnostic = place
            diagnostic.severity = severity
            diagnostic.message = message
            diagnostic.code = code
            diagnostic.hint = hint
            return diagnostic
        }
    }

    /// The Buddhist-era year of the release, as its URL shows: /news/2555/SLUG/.
    public func year(in timeZone: TimeZone) -> Int {
        ThaiCalendarNames.buddhistYear(of: date, in: timeZone)
    }
}

/// Reads dates of front matter in every form thai.md accepts, with errors
/// pointing into the value.
struct DateField {
    let document: YAMLDocument
    let timeZone: TimeZone

    func read(_ key: String, in fields: inout YAMLFields, required: Bool = false) -> Date? {
        guard let node = fields.value(key) else {
            if required {
                fields.add(document.diagnostic(.error, "the front matter needs \"\(key)\"", at: fields.node, code: "missing-field", length: 1))
            }
            return nil
        }
        guard let text = node.scalar?.string else {
            fields.add(document.diagnostic(.error, "\"\(key)\" must be a date", at: node, code: "bad-date"))
            return nil
        }
        do {
            return try ThaiDateParser(timeZone: timeZone).parse(text)
        } catch {
            var diagnostic = document.diagnostic(.error, error.message, at: node, code: "bad-date", hint: error.hint, length: 1)
            if let column = diagnostic.column, node.scalar?.style == .plain {
                diagnostic.column = column + error.offset
            }
            fields.add(diagnostic)
            return nil
        }
    }
}
