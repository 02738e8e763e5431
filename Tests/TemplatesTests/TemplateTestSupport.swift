import Foundation
@testable import Templates

/// Loads `templates` (name → text; paths are `templates/NAME`) with the standard filters.
func templateSet(_ templates: KeyValuePairs<String, String>, filters: FilterRegistry = .standard) throws(TemplateLoadErrors) -> TemplateSet {
    try TemplateSet(sources: templates.map { TemplateSource(name: $0.key, path: "templates/\($0.key)", text: $0.value) }, filters: filters)
}

/// Renders the single template `text` with `context`.
func render(_ text: String, _ context: [String: Value] = [:]) throws -> String {
    try templateSet(["t.html": text]).render("t.html", context, environment: bangkok)
}

/// The first load error of `templates`, or nil when they load.
func loadError(_ templates: KeyValuePairs<String, String>) -> TemplateError? {
    do {
        _ = try templateSet(templates)
        return nil
    } catch {
        return error.errors.first
    }
}

/// The render error of the single template `text`, or nil when it renders.
func renderError(_ text: String, _ context: [String: Value] = [:]) -> TemplateError? {
    do {
        _ = try templateSet(["t.html": text]).render("t.html", context, environment: bangkok)
        return nil
    } catch let error as TemplateError {
        return error
    } catch {
        return nil
    }
}

/// A page model for tests, exposed as a TemplateObject.
final class TestPage: TemplateObject {
    let title: String
    let summary: String?
    let tags: [String]

    init(title: String, summary: String?, tags: [String]) {
        self.title = title
        self.summary = summary
        self.tags = tags
    }

    var typeName: String { "page" }
    var fieldNames: [String] { ["title", "summary", "tags"] }

    func field(_ name: String) -> Value? {
        switch name {
        case "title": .text(title)
        case "summary": summary.templateValue
        case "tags": tags.templateValue
        default: nil
        }
    }
}
