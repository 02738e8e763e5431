import Diagnostics
import Foundation

/// All the templates of a theme, each parsed once, ready to render pages.
///
/// ```swift
/// let templates = try TemplateSet(sources: [
///     TemplateSource(name: "base.html", path: "templates/base.html", text: "<h1>{% block title %}{% endblock %}</h1>"),
///     TemplateSource(name: "page.html", path: "templates/page.html",
///                    text: #"{% extends "base.html" %}{% block title %}{{ page.title }}{% endblock %}"#),
/// ])
/// let html = try templates.render("page.html", ["page": ["title": "ข่าว"].templateValue], environment: environment)
/// // "<h1>ข่าว</h1>"
/// ```
public struct TemplateSet: Sendable {
    let templates: [ParsedTemplate]
    let ids: [String: Int]
    let plans: [RenderPlan]
    let symbols: SymbolTable

    /// Parses every source and checks what can be checked before rendering:
    /// syntax, filters, names of included and extended templates, and loops
    /// among them.
    ///
    /// - Throws: ``TemplateLoadErrors`` with every problem found, one per template at most for syntax.
    public init(sources: [TemplateSource], filters: FilterRegistry = .standard) throws(TemplateLoadErrors) {
        var ids = [String: Int]()
        for (index, source) in sources.enumerated() where ids[source.name] == nil {
            ids[source.name] = index
        }
        var templates = [ParsedTemplate]()
        var errors = [TemplateError]()
        var symbols = SymbolTable()
        for (index, source) in sources.enumerated() {
            let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            do throws(TemplateSyntaxError) {
                var lexer = Lexer(source.text, template: index)
                var parser = Parser(pieces: try lexer.pieces(), filters: filters, symbols: symbols)
                templates.append(try parser.parse(name: source.name, path: source.path, lines: lines))
                symbols = parser.symbols
            } catch {
                errors.append(TemplateError(
                    path: source.path, line: error.location.line, column: error.location.column, length: error.location.length,
                    message: error.message, hint: error.hint,
                    sourceLine: lines.indices.contains(error.location.line - 1) ? lines[error.location.line - 1] : nil, notes: []))
                templates.append(ParsedTemplate(name: source.name, path: source.path, lines: lines, nodes: [], extends: nil, blocks: [:], includes: []))
            }
        }
        errors += TemplateGraph(templates: templates, ids: ids).problems()
        guard errors.isEmpty else {
            throw TemplateLoadErrors(errors: errors)
        }
        self.templates = templates
        self.ids = ids
        self.plans = RenderPlan.plans(for: templates, ids: ids)
        self.symbols = symbols
    }

    /// The names of all templates, sorted.
    public var names: [String] {
        ids.keys.sorted()
    }

    /// True when a template called `name` exists.
    public func contains(_ name: String) -> Bool {
        ids[name] != nil
    }

    /// Renders the template `name` with `context` as its variables.
    public func render(_ name: String, _ context: [String: Value], environment: RenderEnvironment) throws(TemplateError) -> String {
        var output = [UInt8]()
        try render(name, context, environment: environment, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Renders the template `name`, appending to `output`: one buffer per
    /// page, reused from page to page by the caller if it likes.
    public func render(_ name: String, _ context: [String: Value], environment: RenderEnvironment, into output: inout [UInt8]) throws(TemplateError) {
        guard let id = ids[name] else {
            throw TemplateError(path: name, line: 1, column: 1, length: 1, message: "there is no template called \"\(name)\"",
                                hint: Suggestion.hint(for: name, among: ids.keys), sourceLine: nil, notes: [])
        }
        var renderer = Renderer(set: self, environment: environment)
        try renderer.renderPage(id, context: context)
        output.append(contentsOf: renderer.output.bytes)
    }
}

/// One template's text and where it came from.
public struct TemplateSource: Sendable {
    /// The name other templates and the site use: `news/item.html`.
    public var name: String
    /// The path shown in messages: `templates/news/item.html`.
    public var path: String
    public var text: String

    public init(name: String, path: String, text: String) {
        self.name = name
        self.path = path
        self.text = text
    }
}
