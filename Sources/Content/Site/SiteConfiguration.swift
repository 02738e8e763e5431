import Diagnostics
import Foundation
import Thai
import Yams

/// `content/site.yaml`: the site's settings (content.md).
public struct SiteConfiguration: Sendable {
    public var title: String
    public var titleEnglish: String?
    /// The site's address, ending in `/`: feeds and canonical links are absolute.
    public var baseURL: String
    /// The `lang` of pages: `th` or `en`.
    public var language: String
    public var timeZone: TimeZone
    public var digits: ThaiDigits.Style
    public var organisation: Organisation
    public var bureaus: [Bureau]
    public var menu: [MenuItem]
    public var perPage: Int
    public var feedItems: Int
    /// Raw HTML in Markdown is dropped unless the site opts in.
    public var unsafeHTML: Bool

    /// The header of every printed release: who issues it and how to reach them.
    public struct Organisation: Sendable, Equatable {
        public var department, ministry, unit, bureau, phone, fax, website, address: String?
    }

    public struct Bureau: Sendable, Equatable {
        public var id: String
        public var name: String
        public var nameEnglish: String?
        /// Where it is defined, for hints: `content/site.yaml:12`.
        public var definedAt: String
    }

    public struct MenuItem: Sendable, Equatable {
        public var title: String
        public var url: String

        public init(title: String, url: String) {
            self.title = title
            self.url = url
        }
    }

    static let keys = ["title", "title_en", "base_url", "language", "timezone", "digits", "organisation", "bureaus",
                       "menu", "per_page", "feeds", "unsafe_html"]
    static let organisationKeys = ["department", "ministry", "unit", "bureau", "phone", "fax", "website", "address"]

    /// Reads site.yaml's text; nil when it has errors, which are in the diagnostics.
    public static func load(_ text: String, path: String) -> (SiteConfiguration?, [Diagnostic]) {
        let (parsed, problems) = YAMLDocument.parse(text, path: path)
        guard let document = parsed else { return (nil, problems) }
        var fields = YAMLFields(document.root, in: document, known: keys, owner: "site.yaml")
        let title = fields.text("title", required: true, oneLine: true)
        let titleEnglish = fields.text("title_en", oneLine: true)
        var baseURL = fields.text("base_url", required: true, oneLine: true)
        if let url = baseURL, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            fields.add(document.diagnostic(.error, "\"base_url\" must start with https:// or http://", at: fields.value("base_url"),
                                           code: "bad-value", hint: "write the address readers use, e.g. https://www.cpd.go.th/"))
            baseURL = nil
        }
        let language = fields.text("language") ?? "th"
        if !["th", "en"].contains(language) {
            fields.add(document.diagnostic(.error, "\"language\" must be th or en", at: fields.value("language"), code: "bad-value"))
        }
        var timeZone = TimeZone(identifier: "Asia/Bangkok") ?? .gmt
        if let name = fields.text("timezone") {
            if let zone = TimeZone(identifier: name) {
                timeZone = zone
            } else {
                fields.add(document.diagnostic(.error, "\"\(name)\" is not a time zone", at: fields.value("timezone"), code: "bad-value",
                                               hint: "use a name from the time zone database, e.g. Asia/Bangkok"))
            }
        }
        var digits = ThaiDigits.Style.arabic
        if let name = fields.text("digits") {
            if let style = ThaiDigits.Style(rawValue: name) {
                digits = style
            } else {
                fields.add(document.diagnostic(.error, "\"digits\" must be arabic or thai", at: fields.value("digits"), code: "bad-value"))
            }
        }
        let organisation = readOrganisation(fields.value("organisation"), document: document, into: &fields)
        let bureaus = readBureaus(fields.mapList("bureaus"), document: document, into: &fields)
        let menu = readMenu(fields.mapList("menu"), document: document, into: &fields)
        let perPage = positive(fields.integer("per_page"), "per_page", default: 20, document: document, fields: &fields)
        var feedItems = 50
        if let feeds = fields.value("feeds") {
            var feedFields = YAMLFields(feeds, in: document, known: ["items"], owner: "\"feeds\"")
            feedItems = positive(feedFields.integer("items"), "items", default: 50, document: document, fields: &feedFields)
            fields.add(contentsOf: feedFields.finish())
        }
        let unsafeHTML = fields.bool("unsafe_html") ?? false
        let diagnostics = fields.finish()
        guard let title, let baseURL, !diagnostics.contains(where: { $0.severity == .error }) else {
            return (nil, diagnostics)
        }
        let site = SiteConfiguration(
            title: title, titleEnglish: titleEnglish, baseURL: baseURL.hasSuffix("/") ? baseURL : baseURL + "/",
            language: language, timeZone: timeZone, digits: digits, organisation: organisation, bureaus: bureaus,
            menu: menu, perPage: perPage, feedItems: feedItems, unsafeHTML: unsafeHTML)
        return (site, diagnostics)
    }

    public func bureau(_ id: String) -> Bureau? {
        bureaus.first { $0.id == id }
    }

    private static func positive(_ value: Int?, _ key: String, default fallback: Int, document: YAMLDocument, fields: inout YAMLFields) -> Int {
        guard let value else { return fallback }
        guard value >= 1 else {
            fields.add(document.diagnostic(.error, "\"\(key)\" must be at least 1", at: fields.value(key), code: "bad-value"))
            return fallback
        }
        return value
    }

    private static func readOrganisation(_ node: Node?, document: YAMLDocument, into fields: inout YAMLFields) -> Organisation {
        guard let node else { return Organisation() }
        var organisation = YAMLFields(node, in: document, known: organisationKeys, owner: "\"organisation\"")
        let result = Organisation(
            department: organisation.text("department"), ministry: organisation.text("ministry"), unit: organisation.text("unit"),
            bureau: organisation.text("bureau"), phone: organisation.text("phone"), fax: organisation.text("fax"),
            website: organisation.text("website"), address: organisation.text("address"))
        fields.add(contentsOf: organisation.finish())
        return result
    }

    private static func readBureaus(_ nodes: [Node], document: YAMLDocument, into fields: inout YAMLFields) -> [Bureau] {
        var bureaus = [Bureau]()
        for node in nodes {
            var bureau = YAMLFields(node, in: document, known: ["id", "name", "name_en"], owner: "a bureau")
            let id = bureau.text("id", required: true, oneLine: true)
            let name = bureau.text("name", required: true, oneLine: true)
            let nameEnglish = bureau.text("name_en", oneLine: true)
            if let id {
                if !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                    bureau.add(document.diagnostic(.error, "a bureau id is written with Latin letters, digits, - and _, not \"\(id)\"",
                                                   at: bureau.value("id"), code: "bad-value", hint: "ids appear in links: /bureaus/\(id)/"))
                } else if bureaus.contains(where: { $0.id == id }) {
                    bureau.add(document.diagnostic(.error, "the bureau id \"\(id)\" is used twice", at: bureau.value("id"), code: "duplicate-id"))
                }
            }
            fields.add(contentsOf: bureau.finish())
            if let id, let name {
                let line = (node.mark?.line ?? 1) + document.lineOffset
                bureaus.append(Bureau(id: id, name: name, nameEnglish: nameEnglish, definedAt: "\(document.path):\(line)"))
            }
        }
        return bureaus
    }

    private static func readMenu(_ nodes: [Node], document: YAMLDocument, into fields: inout YAMLFields) -> [MenuItem] {
        var menu = [MenuItem]()
        for node in nodes {
            var item = YAMLFields(node, in: document, known: ["title", "url"], owner: "a menu item")
            if let title = item.text("title", required: true, oneLine: true), let url = item.text("url", required: true, oneLine: true) {
                menu.append(MenuItem(title: title, url: url))
            }
            fields.add(contentsOf: item.finish())
        }
        return menu
    }
}

extension YAMLFields {
    mutating func add(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            add(diagnostic)
        }
    }
}
