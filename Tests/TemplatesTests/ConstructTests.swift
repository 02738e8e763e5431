import Testing
@testable import Templates

@Suite("Template constructs")
struct ConstructTests {
    static let page = Value.object(TestPage(title: "ระดมสมอง <4> หน่วยงาน", summary: nil, tags: ["แผน", "บูรณาการ"]))

    @Test(arguments: [
        // Output and escaping
        ("plain text ข่าว", "plain text ข่าว"),
        ("{{ page.title }}", "ระดมสมอง &lt;4&gt; หน่วยงาน"),
        ("{{ page.summary }}|", "|"),
        ("{{ 'a' ~ \"b\" ~ 1 ~ none ~ true }}", "ab1true"),
        ("{{ \"<&\\\"'>\" }}", "&lt;&amp;&quot;&#39;&gt;"),
        // Arithmetic and precedence
        ("{{ 1 + 2 * 3 }}", "7"),
        ("{{ (1 + 2) * 3 }}", "9"),
        ("{{ 7 / 2 }} {{ 8 / 2 }} {{ 7 % 3 }} {{ -2 + 5 }} {{ 1.5 + 1 }}", "3.5 4 1 3 2.5"),
        ("{{ 10 - 2 - 3 }}", "5"),
        ("{{ 1 + 2 == 3 and not 2 > 3 or false }}", "true"),
        ("{{ not true == false }}", "true"),
        ("{{ 1 < 2 }} {{ 2 <= 2 }} {{ 3 > 4 }} {{ 4 >= 4 }} {{ 1 != 1 }}", "true true false true false"),
        ("{{ 'ก' < 'ข' }}", "true"),
        ("{{ 'แผน' in page.tags }} {{ 'x' not in page.tags }} {{ 'ข่าว' in 'ข่าวสาร' }}", "true true true"),
        ("{{ none or 'fallback' }} {{ 0 and 'no' }}", "fallback 0"),
        // Paths
        ("{{ page.tags[0] }} {{ page.tags[-1] }} {{ page['title'] }}", "แผน บูรณาการ ระดมสมอง &lt;4&gt; หน่วยงาน"),
        ("{{ [1, 2, 3][1] }}", "2"),
        // Tests
        ("{{ page.summary is none }} {{ page.title is not none }}", "true true"),
        ("{{ page.subtitle is defined }} {{ page.title is defined }} {{ nothing is not defined }}", "false true true"),
        // Conditions
        ("{% if page.summary %}a{% elif page.tags %}b{% else %}c{% endif %}", "b"),
        ("{% if false %}a{% else %}c{% endif %}", "c"),
        ("{% if 0 %}a{% elif '' %}b{% endif %}", ""),
        // Loops
        ("{% for tag in page.tags %}{{ loop.index }}:{{ tag }}{% if not loop.last %},{% endif %}{% endfor %}", "1:แผน,2:บูรณาการ"),
        ("{% for x in [] %}a{% else %}empty{% endfor %}", "empty"),
        ("{% for x in page.summary %}a{% else %}none is empty{% endfor %}", "none is empty"),
        ("{% for x in [1, 2, 3] %}{{ loop.index0 }}{{ loop.first }}{{ loop.length }}{{ loop.revindex }} {% endfor %}", "0true33 1false32 2false31 "),
        ("{% for a in [1, 2] %}{% for b in ['x', 'y'] %}{{ a }}{{ b }}{{ loop.index }} {% endfor %}{{ loop.index }}|{% endfor %}", "1x1 1y2 1|2x1 2y2 2|"),
        // Set and scope
        ("{% set n = 2 %}{% set n = n * 21 %}{{ n }}", "42"),
        ("{% set n = 1 %}{% for x in [1, 2] %}{% set n = n + x %}{{ n }}{% endfor %}{{ n }}", "231"),
        // Comments and trimming
        ("a{# a comment {{ x }} #}b", "ab"),
        ("a  {%- if true -%}  b  {%- endif -%}  c", "abc"),
        ("<ul>\n  {%- for x in [1, 2] %}\n  <li>{{ x }}</li>\n  {%- endfor %}\n</ul>", "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>"),
        ("a {{- 1 -}} b {#- c -#} d", "a1bd"),
        ("{{ '}}' }}", "}}"),
    ])
    func rendersExactly(template: String, expected: String) throws {
        #expect(try render(template, ["page": Self.page]) == expected)
    }

    @Test func mapsLoopInTheirOrderWithKeyAndValue() throws {
        let map: Value = (["ctt": 310, "cbd": 420, "fund": 380] as KeyValuePairs<String, Int>).templateValue
        #expect(try render("{% for id, budget in m %}{{ id }}={{ budget }};{% endfor %}", ["m": map]) == "ctt=310;cbd=420;fund=380;")
        #expect(try render("{% for id in m %}{{ id }} {% endfor %}", ["m": map]) == "ctt cbd fund ")
    }

    @Test func safeValuesAreNotEscapedAgain() throws {
        #expect(try render("{{ body }}", ["body": .safe("<p>ข่าว &amp; ภาพ</p>")]) == "<p>ข่าว &amp; ภาพ</p>")
        #expect(try render("{{ a ~ b }}", ["a": .safe("<b>"), "b": .safe("</b>")]) == "<b></b>")
        #expect(try render("{{ a ~ b }}", ["a": .safe("<b>"), "b": .text("<")]) == "&lt;b&gt;&lt;")
    }

    @Test func bigIntegersStayExact() throws {
        #expect(try render("{{ 9223372036854775807 + 1 }}") == "9223372036854775808")
        #expect(try render("{{ 1250000000 * 4 }}") == "5000000000")
    }
}

@Suite("Inheritance and includes")
struct InheritanceTests {
    @Test func threeLevelsWithSuper() throws {
        let set = try templateSet([
            "base.html": "<html>{% block head %}<title>{% block title %}กรม{% endblock %}</title>{% endblock %}<main>{% block main %}base{% endblock %}</main></html>",
            "section.html": "{% extends \"base.html\" %}{% block title %}ข่าว · {{ super() }}{% endblock %}{% block main %}[section {{ super() }}]{% endblock %}",
            "item.html": "{% extends \"section.html\" %}{% block main %}<article>{{ super() }}</article>{% endblock %}",
        ])
        #expect(try set.render("item.html", [:], environment: bangkok)
            == "<html><title>ข่าว · กรม</title><main><article>[section base]</article></main></html>")
        #expect(try set.render("section.html", [:], environment: bangkok)
            == "<html><title>ข่าว · กรม</title><main>[section base]</main></html>")
    }

    @Test func includesSeeTheCallersVariablesButKeepTheirOwnSets() throws {
        let set = try templateSet([
            "page.html": "{% set who = 'กรม' %}{% for x in [1, 2] %}{% include \"partials/line.html\" %}{% endfor %}{{ mine is defined }}",
            "partials/line.html": "{% set mine = 1 %}<{{ who }}{{ x }}>",
        ])
        #expect(try set.render("page.html", [:], environment: bangkok) == "<กรม1><กรม2>false")
    }

    @Test func aChildsTopLevelSetReachesTheLayout() throws {
        let set = try templateSet([
            "base.html": "<body class=\"{{ body_class }}\">{% block main %}{% endblock %}</body>",
            "page.html": "{% extends \"base.html\" %}{% set body_class = 'news' %}{% block main %}x{% endblock %}",
        ])
        #expect(try set.render("page.html", [:], environment: bangkok) == "<body class=\"news\">x</body>")
    }

    @Test func blocksNestInsideBlocks() throws {
        let set = try templateSet([
            "base.html": "{% block outer %}({% block inner %}i{% endblock %}){% endblock %}",
            "page.html": "{% extends \"base.html\" %}{% block inner %}I{{ super() }}{% endblock %}",
        ])
        #expect(try set.render("page.html", [:], environment: bangkok) == "(Ii)")
    }
}
