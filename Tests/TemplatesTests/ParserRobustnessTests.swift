import TestSupport
import Testing
@testable import Templates

/// Broken templates of every shape must load with errors (or load), and
/// render with errors (or render): never crash, never hang.
@Suite("Parsing never crashes")
struct ParserRobustnessTests {
    /// Templates in the shape of a real theme: layout, page, partial, feed.
    static let corpus = [
        """
        <!doctype html>
        <html lang="{{ site.language | default('th') }}">
        <head>{% block head %}<title>{% block title %}{{ site.title }}{% endblock %}</title>{% endblock %}</head>
        <body>
        {%- include "partials/nav.html" -%}
        <main>{% block main %}{% endblock %}</main>
        {# footer #}<footer>{{ site.title ~ " · " ~ 2555 }}</footer>
        </body></html>
        """,
        """
        {% extends "base.html" %}
        {% block title %}{{ page.title }} · {{ super() }}{% endblock %}
        {% block main %}
        <article>
          <h1>{{ page.title }}</h1>
          {% if page.summary is defined and page.summary %}<p class="lead">{{ page.summary }}</p>{% endif %}
          {% for tag in page.tags | sort | limit(5) %}<a href="/tags/{{ tag }}/">{{ tag | upper }}</a>{% if not loop.last %}, {% endif %}{% else %}-{% endfor %}
          {% set total = (page.budget or 0) * 2 + 1 %}{{ total }} {{ [1, 2, 3][1] }} {{ page['title'] }}
        </article>
        {% endblock %}
        """,
        """
        <nav>{% for item in site.menu %}<a href="{{ item.url }}"{% if item.url == page.url %} aria-current="page"{% endif %}>{{ item.title }}</a>{% endfor %}</nav>
        """,
        """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel>{% for item in items | limit(20) %}<item><title>{{ item.title }}</title><pubDate>{{ item.date | date("%Y-%m-%d") }}</pubDate></item>{% endfor %}</channel></rss>
        """,
    ]

    static let soup = ["{{", "}}", "{%", "%}", "{#", "#}", "{%-", "-%}", "if", "elif", "else", "endif", "for", "in", "endfor",
                       "block", "endblock", "extends", "include", "set", "=", "(", ")", "[", "]", ",", ".", "|", "~", "+", "-",
                       "*", "/", "%", "==", "<", "not", "and", "or", "is", "defined", "none", "super", "x", "page", "\"s\"",
                       "'t", "42", "3.5", " ", "\n", "ข่าว", "\u{0E33}", "\"", "\\", "{", "}"]

    /// Loads `text` as `t.html` beside the corpus (so includes and extends
    /// can resolve) and renders it when it loads.
    static func survive(_ text: String) {
        let templates = [("base.html", corpus[0]), ("partials/nav.html", corpus[2]), ("t.html", text)]
        let sources = templates.map { TemplateSource(name: $0.0, path: "templates/\($0.0)", text: $0.1) }
        guard let set = try? TemplateSet(sources: sources) else { return }
        let context: [String: Value] = ["x": .integer(1), "page": ["title": "ข่าว"].templateValue, "site": ["title": "กรม"].templateValue]
        _ = try? set.render("t.html", context, environment: bangkok)
    }

    @Test(arguments: corpus.indices)
    func everyTruncationOfARealTemplate(index: Int) {
        let scalars = Array(Self.corpus[index].unicodeScalars)
        for end in 0...scalars.count {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: scalars[..<end])
            Self.survive(String(prefix))
        }
    }

    @Test func shuffledPiecesOfRealTemplates() {
        var random = SplitMix(seed: 2555)
        let pieces = Self.corpus.flatMap { $0.split(separator: "%}", omittingEmptySubsequences: false).map { $0 + "%}" } }
        for _ in 0..<2_000 {
            let count = Int.random(in: 1...12, using: &random)
            Self.survive((0..<count).map { _ in String(pieces.randomElement(using: &random)!) }.joined())
        }
    }

    @Test func tokenSoup() {
        var random = SplitMix(seed: 2556)
        for _ in 0..<5_000 {
            let count = Int.random(in: 1...30, using: &random)
            Self.survive((0..<count).map { _ in Self.soup.randomElement(using: &random)! }.joined(separator: Bool.random(using: &random) ? " " : ""))
        }
    }

    @Test func randomBytes() {
        var random = SplitMix(seed: 2557)
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            Self.survive(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func theCorpusItselfLoads() throws {
        let sources = [("base.html", 0), ("page.html", 1), ("partials/nav.html", 2), ("feed.xml", 3)].map {
            TemplateSource(name: $0.0, path: "templates/\($0.0)", text: Self.corpus[$0.1])
        }
        // The corpus must be valid, or the truncations test only broken input.
        let set = try TemplateSet(sources: sources)
        #expect(set.names == ["base.html", "feed.xml", "page.html", "partials/nav.html"])
    }
}
