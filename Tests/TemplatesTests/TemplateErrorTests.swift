import Diagnostics
import Testing
@testable import Templates

/// Every class of template error, as the command line prints it.
@Suite("Template errors")
struct TemplateErrorTests {
    static let page = Value.object(TestPage(title: "t", summary: nil, tags: []))

    static func printed(_ error: TemplateError?) -> String? {
        error.map { DiagnosticFormat.text.render($0.diagnostic) }
    }

    @Test(arguments: [
        ("<p>{% if page.title %}\n{{ page.title }}\n</p>", """
            templates/t.html:1:7: error: {% if %} is never closed with {% endif %}
                1 | <p>{% if page.title %}
                  |       ^~
            hint: add {% endif %} where the if should end

            """),
        ("<ul>\n{% endfor %}", """
            templates/t.html:2:4: error: {% endfor %} does not close anything
                2 | {% endfor %}
                  |    ^~~~~~
            hint: remove it, or add the tag it belongs to

            """),
        ("{% if x %}\n{% endfor %}", """
            templates/t.html:2:4: error: {% endfor %} does not close anything: the open tag is {% if %} on line 1
                2 | {% endfor %}
                  |    ^~~~~~
            hint: close it with {% endif %}

            """),
        // Found by fuzzing: a "|" with nothing after it read past the tag's last token.
        ("{{g|}}", """
            templates/t.html:1:4: error: "|" must be followed by a filter name
                1 | {{g|}}
                  |    ^

            """),
        ("{{ page.title | uper }}", """
            templates/t.html:1:17: error: unknown filter "uper"
                1 | {{ page.title | uper }}
                  |                 ^~~~
            hint: did you mean "upper"?

            """),
        ("{{ page.title ", """
            templates/t.html:1:1: error: {{ is never closed with }}
                1 | {{ page.title 
                  | ^~
            hint: close the tag with }} on the same or a later line

            """),
        ("{% fro x in y %}{% endfor %}", """
            templates/t.html:1:4: error: unknown tag "fro"
                1 | {% fro x in y %}{% endfor %}
                  |    ^~~
            hint: did you mean "for"?

            """),
        ("{{ super() }}", """
            templates/t.html:1:4: error: super() is only meaningful inside a block
                1 | {{ super() }}
                  |    ^~~~~
            hint: use it in {% block name %} to print the block it replaces

            """),
        ("{{ \"unclosed }}", """
            templates/t.html:1:4: error: this string is never closed
                1 | {{ "unclosed }}
                  |    ^
            hint: end it with " on the same line

            """),
        ("{% for x in %}{% endfor %}", """
            templates/t.html:1:13: error: an expression is missing here
                1 | {% for x in %}{% endfor %}
                  |             ^~

            """),
        ("{{ a b }}", """
            templates/t.html:1:6: error: unexpected b after the expression
                1 | {{ a b }}
                  |      ^

            """),
        ("{% block a %}{% endblock b %}", """
            templates/t.html:1:26: error: {% endblock b %} closes the block "a"
                1 | {% block a %}{% endblock b %}
                  |                          ^
            hint: write {% endblock %} or {% endblock a %}

            """),
    ])
    func syntaxErrors(template: String, expected: String) {
        #expect(Self.printed(loadError(["t.html": template])) == expected)
    }

    @Test func anIncludeLoopIsFoundAtLoad() {
        let error = loadError(["a.html": "{% include \"b.html\" %}", "b.html": "x{% include \"a.html\" %}"])
        #expect(Self.printed(error) == """
            templates/b.html:1:13: error: templates include or extend each other in a loop: a.html includes b.html, b.html includes a.html
                1 | x{% include "a.html" %}
                  |             ^~~~~~~~
            hint: a template must not reach itself through include or extends

            """)
    }

    @Test func aTemplateThatExtendsItself() {
        #expect(Self.printed(loadError(["a.html": "{% extends \"a.html\" %}"])) == """
            templates/a.html:1:12: error: a.html extends itself
                1 | {% extends "a.html" %}
                  |            ^~~~~~~~
            hint: a template must not reach itself through include or extends

            """)
    }

    @Test func aMissingTemplateIsNamedWithASuggestion() {
        let error = loadError(["t.html": "{% include \"nav.htm\" %}", "nav.html": ""])
        #expect(error?.message == "there is no template called \"nav.htm\"")
        #expect(error?.hint == "did you mean \"nav.html\"?")
    }

    @Test func extendsMustComeFirst() {
        let error = loadError(["t.html": "x\n{% extends \"b.html\" %}", "b.html": ""])
        #expect(error?.message == "{% extends %} must come first in the template")
        #expect((error?.line, error?.column) == (2, 4))
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let tags = loadError(["t.html": String(repeating: "{% if x %}", count: 10_000)])
        #expect(tags?.message == "tags are nested more than 100 deep")
        #expect((tags?.line, tags?.column) == (1, 994))
        let parentheses = loadError(["t.html": "{{ " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000) + " }}"])
        #expect(parentheses?.message == "this expression is nested too deeply")
        let negations = loadError(["t.html": "{{ " + String(repeating: "not ", count: 10_000) + "x }}"])
        #expect(negations?.message == "this expression is nested too deeply")
    }

    @Test func everyBrokenTemplateIsReportedAtOnce() throws {
        do {
            _ = try templateSet(["a.html": "{% if %}", "b.html": "{{ x | nope }}", "c.html": "fine"])
            Issue.record("loading should fail")
        } catch {
            #expect(error.errors.map(\.path) == ["templates/a.html", "templates/b.html"])
        }
    }

    @Test(arguments: [
        ("{{ page.titel }}", """
            templates/t.html:1:9: error: "page" has no field "titel"
                1 | {{ page.titel }}
                  |         ^~~~~
            hint: did you mean "title"?

            """),
        ("{{ pgae.title }}", """
            templates/t.html:1:4: error: unknown name "pgae"
                1 | {{ pgae.title }}
                  |    ^~~~
            hint: did you mean "page"?

            """),
        ("{{ 1 / 0 }}", """
            templates/t.html:1:6: error: division by zero
                1 | {{ 1 / 0 }}
                  |      ^

            """),
        ("{{ 5 % 0 }}", """
            templates/t.html:1:6: error: division by zero
                1 | {{ 5 % 0 }}
                  |      ^

            """),
        ("{{ page.tags }}", """
            templates/t.html:1:9: error: "page.tags" is a list, which cannot be printed as it is
                1 | {{ page.tags }}
                  |         ^~~~
            hint: print one of its fields, or go over it with {% for %} or join

            """),
        ("{{ page.summary.x }}", """
            templates/t.html:1:17: error: "page.summary" is none, so it has no field "x"
                1 | {{ page.summary.x }}
                  |                 ^
            hint: check it first: {% if page.summary %}

            """),
        ("{{ 'a' + 1 }}", """
            templates/t.html:1:8: error: "+" works on numbers, not text
                1 | {{ 'a' + 1 }}
                  |        ^
            hint: to join text, use ~

            """),
        ("{% for x in page %}{% endfor %}", """
            templates/t.html:1:13: error: cannot loop over "page", which is a page
                1 | {% for x in page %}{% endfor %}
                  |             ^~~~
            hint: {% for %} goes over a list or a map

            """),
        ("{{ page.tags[3] }}", """
            templates/t.html:1:13: error: "page.tags[3]" is past the end: the list has 0 items
                1 | {{ page.tags[3] }}
                  |             ^

            """),
        ("{{ 1 < 'a' }}", """
            templates/t.html:1:6: error: cannot compare an integer with text
                1 | {{ 1 < 'a' }}
                  |      ^

            """),
    ])
    func renderErrors(template: String, expected: String) {
        #expect(Self.printed(renderError(template, ["page": Self.page])) == expected)
    }

    @Test func anErrorInAnIncludeNamesTheChain() throws {
        let set = try templateSet([
            "news/item.html": "{% extends \"base.html\" %}{% block main %}ok{% endblock %}",
            "base.html": "<head>\n  {% include \"partials/meta.html\" %}\n</head>{% block main %}{% endblock %}",
            "partials/meta.html": "<meta>\n\n<title>{{ page.titel }}</title>",
        ])
        do {
            _ = try set.render("news/item.html", ["page": Self.page], environment: bangkok)
            Issue.record("rendering should fail")
        } catch {
            #expect(Self.printed(error) == """
                templates/partials/meta.html:3:16: error: "page" has no field "titel"
                    3 | <title>{{ page.titel }}</title>
                      |                ^~~~~
                note: included from templates/base.html:2:14, extending templates/news/item.html
                hint: did you mean "title"?

                """)
        }
    }

    @Test func isDefinedAndDefaultAreTheWaysToBeLenient() throws {
        #expect(try render("{{ page.subtitle is defined }}|{{ nobody is defined }}", ["page": Self.page]) == "false|false")
        #expect(try render("{{ page.summary.x is defined }}", ["page": Self.page]) == "false")
        // Other errors are not swallowed by `is defined`.
        #expect(renderError("{{ (1 / 0) is defined }}")?.message == "division by zero")
        // A name missing after a lenient test is an error with its message and hint again.
        let missing = renderError("{{ page.titel is defined }}{{ page.titel }}", ["page": Self.page])
        #expect(missing?.message == "\"page\" has no field \"titel\"")
        #expect(missing?.hint == "did you mean \"title\"?")
        #expect(missing?.column == 36)   // at "titel" of the second
    }

    @Test func aPageThatGrowsWithoutEndStops() throws {
        let set = try templateSet(["t.html": "{% for a in x %}{% for b in x %}{% for c in x %}0123456789{% endfor %}{% endfor %}{% endfor %}"])
        let big = Value.list(Array(repeating: .integer(1), count: 200))
        var small = bangkok
        small.maximumOutputSize = 1_000_000
        do {
            _ = try set.render("t.html", ["x": big], environment: small)
            Issue.record("rendering should stop")
        } catch {
            #expect(error.message == "the page is larger than 1000000 bytes")
            #expect(error.hint == "a loop probably repeats more than it should")
            #expect(error.path == "templates/t.html")
        }
        // Under the limit the same template renders: the limit is what stopped it.
        let smallList = Value.list(Array(repeating: .integer(1), count: 10))
        #expect(try set.render("t.html", ["x": smallList], environment: small).utf8.count == 10_000)
    }
}

@Suite("Render limits")
struct RenderLimitTests {
    /// No loop, just a very long chain of includes: it stops with a clear error.
    @Test func aChainOfIncludesDeeperThanTheLimitStops() throws {
        let sources = (0..<210).map { index in
            TemplateSource(name: "t\(index).html", path: "templates/t\(index).html",
                           text: index == 209 ? "end" : "{% include \"t\(index + 1).html\" %}")
        }
        let set = try TemplateSet(sources: sources)
        var environment = bangkok
        environment.maximumDepth = 50
        do {
            _ = try set.render("t0.html", [:], environment: environment)
            Issue.record("rendering should stop")
        } catch {
            #expect(error.message == "templates are included more than 50 deep")
            #expect(error.path == "templates/t49.html")
        }
        environment.maximumDepth = 300
        #expect(try set.render("t0.html", [:], environment: environment) == "end")
    }
}
