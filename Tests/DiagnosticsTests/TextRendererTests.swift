import Diagnostics
import Testing

@Suite("Diagnostics as text")
struct TextRendererTests {
    @Test func theContractExample() {
        let diagnostic = Diagnostic.error(
            "\"bureaus\" names an unknown bureau \"ctx\"", path: "content/news/2555/brainstorm.md",
            line: 4, column: 11, hint: "known bureaus are cbd, ctt, fund, cpd (content/site.yaml:12)",
            sourceLine: "bureaus: [ctx, fund]", length: 3)
        #expect(DiagnosticFormat.text.render(diagnostic) == """
            content/news/2555/brainstorm.md:4:11: error: "bureaus" names an unknown bureau "ctx"
                4 | bureaus: [ctx, fund]
                  |           ^~~
            hint: known bureaus are cbd, ctt, fund, cpd (content/site.yaml:12)

            """)
    }

    @Test func theCaretSkipsThaiMarksWhichTakeNoColumn() {
        // น้ำ is three code points but two cells: the tone sits on น.
        let diagnostic = Diagnostic.warning(
            "x", path: "a.md", line: 1, column: 5, sourceLine: "น้ำ ท่วม", length: 4)
        #expect(DiagnosticFormat.text.render(diagnostic) == """
            a.md:1:5: warning: x
                1 | น้ำ ท่วม
                  |    ^~~

            """)
    }

    @Test func aCodeComesBeforeTheMessage() {
        let diagnostic = Diagnostic.warning("นํา → นำ", path: "b.md", line: 2, column: 3, code: "sara-am")
        #expect(DiagnosticFormat.text.render(diagnostic) == "b.md:2:3: warning: sara-am: นํา → นำ\n")
    }

    @Test(arguments: [
        (nil, nil, "c.md: error: gone\n"),
        (7, nil, "c.md:7: error: gone\n"),
        (7, 2, "c.md:7:2: error: gone\n"),
    ] as [(Int?, Int?, String)])
    func thePlaceIsAsPreciseAsKnown(line: Int?, column: Int?, expected: String) {
        #expect(DiagnosticFormat.text.render(.error("gone", path: "c.md", line: line, column: column)) == expected)
    }

    @Test func wideLineNumbersWidenTheGutter() {
        let diagnostic = Diagnostic.error("long", path: "d.md", line: 123456, column: 1, sourceLine: "x")
        #expect(DiagnosticFormat.text.render(diagnostic) == """
            d.md:123456:1: error: long
             123456 | x
                    | ^

            """)
    }

    @Test func aColumnPastTheEndOfTheLinePointsAtItsEnd() {
        let diagnostic = Diagnostic.error("end", path: "e.md", line: 1, column: 9, sourceLine: "ab")
        #expect(DiagnosticFormat.text.render(diagnostic).hasSuffix("    1 | ab\n      |   ^\n"))
    }
}

@Suite("Diagnostics with notes")
struct DiagnosticNotesTests {
    @Test func notesComeAfterTheExcerptAndBeforeTheHint() {
        let diagnostic = Diagnostic.error(
            "\"page\" has no field \"titel\"", path: "templates/partials/meta.html", line: 3, column: 16,
            hint: "did you mean \"title\"?", sourceLine: "<title>{{ page.titel }}</title>", length: 5,
            notes: ["included from templates/base.html:8:3, extending templates/news/item.html"])
        #expect(DiagnosticFormat.text.render(diagnostic) == """
            templates/partials/meta.html:3:16: error: "page" has no field "titel"
                3 | <title>{{ page.titel }}</title>
                  |                ^~~~~
            note: included from templates/base.html:8:3, extending templates/news/item.html
            hint: did you mean "title"?

            """)
        #expect(DiagnosticFormat.json.render(diagnostic).hasSuffix(
            #","notes":["included from templates/base.html:8:3, extending templates/news/item.html"]}"# + "\n"))
    }
}

@Suite("Diagnostics on long lines")
struct LongLineTests {
    @Test func aLongLineIsCutToAWindowAroundTheCaret() {
        let line = String(repeating: "a", count: 200) + "X" + String(repeating: "b", count: 200)
        let diagnostic = Diagnostic.error("here", path: "m.html", line: 1, column: 201, sourceLine: line)
        let window = "…" + String(repeating: "a", count: 60) + "X" + String(repeating: "b", count: 60) + "…"
        #expect(DiagnosticFormat.text.render(diagnostic) == """
            m.html:1:201: error: here
                1 | \(window)
                  | \(String(repeating: " ", count: 61))^

            """)
    }
}
