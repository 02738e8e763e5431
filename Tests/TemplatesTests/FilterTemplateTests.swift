import Foundation
import Testing
@testable import Templates

/// Every standard filter used from a template: text in, exact output out.
@Suite("Filters in templates")
struct FilterTemplateTests {
    static let context: [String: Value] = [
        "title": .text("ระดมสมอง <4> หน่วยงาน & \"แผน\" 'ใหม่'"),
        "html": .safe("<b>ข่าว</b>"),
        "tags": ["แผน", "บูรณาการ", "สหกรณ์"].templateValue,
        "numbers": [3, 1, 2].templateValue,
        "budgets": [
            ["bureau": "ctt", "amount": 310],
            ["bureau": "cbd", "amount": 420],
            ["bureau": "ctt", "amount": 90],
        ],
        "date": .date(Date(timeIntervalSince1970: 1_348_110_000)),  // 2012-09-20 10:00 in Bangkok
        "missing": .none,
        "data": ["title": "</script><script>alert(1)</script>", "ข่าว": "ไทย & <ok>"],
    ]

    @Test(arguments: [
        ("{{ title }}", "ระดมสมอง &lt;4&gt; หน่วยงาน &amp; &quot;แผน&quot; &#39;ใหม่&#39;"),
        ("<a title=\"{{ title }}\">", "<a title=\"ระดมสมอง &lt;4&gt; หน่วยงาน &amp; &quot;แผน&quot; &#39;ใหม่&#39;\">"),
        ("{{ title | escape }}", "ระดมสมอง &lt;4&gt; หน่วยงาน &amp; &quot;แผน&quot; &#39;ใหม่&#39;"),
        ("{{ title | escape | escape }}", "ระดมสมอง &lt;4&gt; หน่วยงาน &amp; &quot;แผน&quot; &#39;ใหม่&#39;"),
        ("{{ html }}", "<b>ข่าว</b>"),
        ("{{ '<i>' | safe }}", "<i>"),
        ("{{ missing | default('ไม่มี') }} {{ nothing | default(1) }} {{ title | default('x') | length }}", "ไม่มี 1 34"),
        // Length counts graphemes: ข่าว is ข่ + า + ว.
        ("{{ tags | length }} {{ 'ข่าว' | length }} {{ budgets | length }}", "3 3 3"),
        ("{{ tags | first }} {{ tags | last }} {{ 'ข่าว' | first }}", "แผน สหกรณ์ ข่"),
        ("{{ tags | join(', ') }}", "แผน, บูรณาการ, สหกรณ์"),
        ("{{ numbers | sort | join(' ') }} {{ numbers | sort | reverse | join(' ') }}", "1 2 3 3 2 1"),
        ("{{ (budgets | sort('amount') | first).amount }}", "90"),
        ("{% for b in budgets | sort('amount') %}{{ b.amount }} {% endfor %}", "90 310 420 "),
        ("{{ tags | limit(2) | join('|') }}", "แผน|บูรณาการ"),
        ("{% for b in budgets | where('bureau', 'ctt') %}{{ b.amount }};{% endfor %}", "310;90;"),
        ("{% for g in budgets | group_by('bureau') %}{{ g.key }}={{ g.items | sum('amount') }} {% endfor %}", "ctt=400 cbd=420 "),
        ("{{ numbers | sum }} {{ budgets | sum('amount') }}", "6 820"),
        ("{{ 'cpd News' | upper }} {{ 'CPD' | lower }}", "CPD NEWS cpd"),
        ("{{ date | date('%Y-%m-%d %H:%M') }}", "2012-09-20 10:00"),
        ("{{ date | iso }}", "2012-09-20T10:00:00+07:00"),
        ("<script>var d = {{ data | json }};</script>",
         "<script>var d = {\"title\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\",\"ข่าว\":\"ไทย \\u0026 \\u003cok\\u003e\"};</script>"),
    ])
    func rendersExactly(template: String, expected: String) throws {
        #expect(try render(template, Self.context) == expected)
    }

    @Test(arguments: [
        ("{{ x | limit(1, 2) }}", "\"limit\" takes 1 argument, not 2"),
        ("{{ x | upper(1) }}", "\"upper\" takes 0 arguments, not 1"),
        ("{{ x | limit(\"a\") }}", "argument 1 of \"limit\" must be an integer, not text"),
        ("{{ x | join }}", "\"join\" takes 1 argument, not 0"),
    ])
    func wrongArgumentsAreFoundAtLoad(template: String, message: String) {
        #expect(loadError(["t.html": template])?.message == message)
    }

    @Test func aFilterErrorAtRenderTimeNamesTheFilterAndThePlace() {
        let error = renderError("{{ tags | sum }}", Self.context)
        #expect(error?.message.hasPrefix("sum: ") == true)
        #expect((error?.line, error?.column) == (1, 11))
    }

    @Test func aSiteRegistersItsOwnFilters() throws {
        var filters = FilterRegistry.standard
        filters.register(Filter("shout", arguments: 0...0, summary: "upper case and !: `{{ x | shout }}`") { value, _, _ in
            .text((value.textValue ?? "").uppercased() + "!")
        })
        let set = try templateSet(["t.html": "{{ 'cpd' | shout }}"], filters: filters)
        #expect(try set.render("t.html", [:], environment: bangkok) == "CPD!")
    }
}
