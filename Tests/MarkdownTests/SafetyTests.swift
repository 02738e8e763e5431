import CCmark
import Markdown
import Testing

/// quality.md "Untrusted text stays text": cmark's safe flag is not used
/// (it would comment raw HTML out and leave empty links), so these
/// guarantees are ours.
@Suite("Markdown: hostile input")
struct SafetyTests {
    static let hostile: [(markdown: String, html: String)] = [
        // Raw HTML goes, without a trace.
        ("<script>alert(1)</script>", ""),
        ("<div>\n*x*\n</div>\n\n*y*", "<p><em>y</em></p>\n"),
        ("<!-- note -->\n\ntext", "<p>text</p>\n"),
        ("a <b onclick=\"x()\">b</b> <img src=x onerror=alert(1)> c", "<p>a b  c</p>\n"),
        ("<?php echo 1; ?>\n\n<![CDATA[x]]>", ""),
        ("![<b>x</b>](a.png)", "<p><img src=\"a.png\" alt=\"x\" loading=\"lazy\" decoding=\"async\" /></p>\n"),
        // Dangerous schemes lose the link, keep the text.
        ("[a](javascript:alert(1))", "<p>a</p>\n"),
        ("[a](JaVaScRiPt:alert(1))", "<p>a</p>\n"),
        ("[a](<  javascript:alert(1)>)", "<p>a</p>\n"),
        ("[a](&#x01;javascript:alert(1))", "<p>a</p>\n"),
        ("[a](&#106;avascript:alert(1))", "<p>a</p>\n"),
        ("[a](&#x6A;ava&Tab;script:alert(1))", "<p>a</p>\n"),
        ("[a](java&#10;script:alert(1))", "<p>a</p>\n"),
        ("[a](java&#13;script:alert(1))", "<p>a</p>\n"),
        ("[a](javascript%3Aalert(1))", "<p>a</p>\n"),
        ("[a](%6Aavascript:alert(1))", "<p>a</p>\n"),
        ("[a](vbscript:msgbox(1))", "<p>a</p>\n"),
        ("[a](FILE:///etc/passwd)", "<p>a</p>\n"),
        ("[a](data:text/html;base64,PHNjcmlwdD4=)", "<p>a</p>\n"),
        ("[a](data:image/png;base64,AAAA)", "<p>a</p>\n"),
        ("[a *b*][r]\n\n[r]: javascript:alert(1)", "<p>a <em>b</em></p>\n"),
        ("<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n"),
        ("![a](javascript:alert(1))", "<p>a</p>\n"),
        ("![a](data:image/svg+xml;base64,AAAA)", "<p>a</p>\n"),
        ("![a](data:text/html,x)", "<p>a</p>\n"),
        // What looks close but is safe stays.
        ("![a](DATA:Image/PNG;base64,AAAA)", "<p><img src=\"DATA:Image/PNG;base64,AAAA\" alt=\"a\" loading=\"lazy\" decoding=\"async\" /></p>\n"),
        ("![a](data:image/webp,AAAA)", "<p><img src=\"data:image/webp,AAAA\" alt=\"a\" loading=\"lazy\" decoding=\"async\" /></p>\n"),
        ("[a](./javascript:x)", "<p><a href=\"./javascript:x\">a</a></p>\n"),
        ("[a](javascript-notes.md)", "<p><a href=\"javascript-notes.md\">a</a></p>\n"),
        ("[a](https://example.go.th/javascript:x)", "<p><a href=\"https://example.go.th/javascript:x\">a</a></p>\n"),
        ("[a](mailto:pr@example.go.th)", "<p><a href=\"mailto:pr@example.go.th\">a</a></p>\n"),
        ("`<script>`", "<p><code>&lt;script&gt;</code></p>\n"),
        ("\\<script>", "<p>&lt;script&gt;</p>\n"),
    ]

    @Test(arguments: hostile)
    func safeModeRemovesMarkupAndDangerousLinks(_ example: (markdown: String, html: String)) {
        #expect(html(example.markdown) == example.html)
    }

    @Test func theResolverIsNeverAskedAboutADangerousURL() {
        let seen = links(in: "[a](javascript:x) ![b](data:text/html,x) [c](ok.md) ![d](data:image/gif;base64,R0)")
        #expect(seen.map(\.destination) == ["ok.md", "data:image/gif;base64,R0"])
    }

    static let unsafe: [String] = [
        "<script>alert(1)</script>",
        "<div>\n*x*\n</div>\n\n*y*",
        "a <b onclick=\"x()\">b</b> c",
        "![<b>x</b>](a.png)",
        "[a](javascript:alert(1))",
        "[a](data:text/html;base64,PHNjcmlwdD4=)",
        "<!-- note -->\n\ntext",
    ]

    @Test(arguments: unsafe)
    func unsafeHTMLPassesRawHTMLAsCmarkWould(_ markdown: String) {
        let expected = cmarkHTML(markdown, options: CMARK_OPT_UNSAFE)
            .replacingOccurrences(of: " />", with: " loading=\"lazy\" decoding=\"async\" />")
        #expect(html(markdown, unsafeHTML: true) == expected)
    }

    @Test func unsafeHTMLExamples() {
        #expect(html("<script>alert(1)</script>", unsafeHTML: true) == "<script>alert(1)</script>\n")
        #expect(html("a <b>b</b>", unsafeHTML: true) == "<p>a <b>b</b></p>\n")
        #expect(html("[a](javascript:alert(1))", unsafeHTML: true) == "<p><a href=\"javascript:alert(1)\">a</a></p>\n")
    }
}
