import Diagnostics
import Testing

@Suite("Diagnostics as JSON lines")
struct JSONRendererTests {
    @Test func everyFieldInAFixedOrder() {
        let diagnostic = Diagnostic.error(
            "\"bureaus\" names an unknown bureau \"ctx\"", path: "content/ข่าว.md", line: 4, column: 11,
            code: "unknown-bureau", hint: "known bureaus:\tcbd\nctt")
        #expect(DiagnosticFormat.json.render(diagnostic) == #"""
            {"severity":"error","path":"content/ข่าว.md","line":4,"column":11,"code":"unknown-bureau","message":"\"bureaus\" names an unknown bureau \"ctx\"","hint":"known bureaus:\tcbd\nctt","notes":[]}

            """#)
    }

    @Test func absentFieldsAreNull() {
        #expect(DiagnosticFormat.json.render(.warning("w", path: "p")) == """
            {"severity":"warning","path":"p","line":null,"column":null,"code":null,"message":"w","hint":null,"notes":[]}

            """)
    }

    @Test func controlCharactersAndLineSeparatorsAreEscaped() {
        let rendered = DiagnosticFormat.json.render(.warning("a\u{1}b\u{2028}c\\", path: "p"))
        #expect(rendered.contains(#""message":"a\u0001b\u2028c\\""#))
    }
}
