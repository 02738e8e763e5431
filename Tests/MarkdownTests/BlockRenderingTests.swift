import Markdown
import Testing

/// Every node kind outside the extensions is written as cmark writes it.
@Suite("Markdown: cmark's HTML, node by node")
struct BlockRenderingTests {
    static let cases: [(markdown: String, html: String)] = [
        ("ข่าว *เด่น* **สำคัญ** `code`", "<p>ข่าว <em>เด่น</em> <strong>สำคัญ</strong> <code>code</code></p>\n"),
        ("a & b < c > d \"e\" 'f' /g", "<p>a &amp; b &lt; c &gt; d &quot;e&quot; 'f' /g</p>\n"),
        ("&copy; &#3585; &#x0E01; &amp;", "<p>© ก ก &amp;</p>\n"),
        ("line one\nline two", "<p>line one\nline two</p>\n"),
        ("hard  \nbreak\\\nagain", "<p>hard<br />\nbreak<br />\nagain</p>\n"),
        ("> quoted\n> text", "<blockquote>\n<p>quoted\ntext</p>\n</blockquote>\n"),
        ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"),
        ("- one\n\n- two", "<ul>\n<li>\n<p>one</p>\n</li>\n<li>\n<p>two</p>\n</li>\n</ul>\n"),
        ("1. one\n2. two", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n"),
        ("3) three\n4) four", "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n"),
        ("- a\n  - b\n- c", "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n<li>c</li>\n</ul>\n"),
        ("-\n- x", "<ul>\n<li></li>\n<li>x</li>\n</ul>\n"),
        ("```swift extra\nlet a = \"<b>\"\n```", "<pre><code class=\"language-swift\">let a = &quot;&lt;b&gt;&quot;\n</code></pre>\n"),
        ("```\nplain\n```", "<pre><code>plain\n</code></pre>\n"),
        ("    indented\n    code", "<pre><code>indented\ncode\n</code></pre>\n"),
        ("~~~ a&b\nx\n~~~", "<pre><code class=\"language-a&amp;b\">x\n</code></pre>\n"),
        ("***", "<hr />\n"),
        ("a\n\n---\n\nb", "<p>a</p>\n<hr />\n<p>b</p>\n"),
        ("[เว็บ](https://example.go.th/a?b=1&c='d' \"ชื่อ & <title>\")",
         "<p><a href=\"https://example.go.th/a?b=1&amp;c=&#x27;d&#x27;\" title=\"ชื่อ &amp; &lt;title&gt;\">เว็บ</a></p>\n"),
        ("[a](<b c>)", "<p><a href=\"b%20c\">a</a></p>\n"),
        ("[a](/ข่าว/~x\\[y\\]{z}|`)", "<p><a href=\"/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/~x%5By%5D%7Bz%7D%7C%60\">a</a></p>\n"),
        ("<https://example.go.th>", "<p><a href=\"https://example.go.th\">https://example.go.th</a></p>\n"),
        ("<info@example.go.th>", "<p><a href=\"mailto:info@example.go.th\">info@example.go.th</a></p>\n"),
        ("[a][r]\n\n[r]: /ref \"t\"", "<p><a href=\"/ref\" title=\"t\">a</a></p>\n"),
        ("\\*not emphasis\\*", "<p>*not emphasis*</p>\n"),
        ("", ""),
    ]

    /// Every ASCII character in a URL, escaped or not as cmark escapes it.
    @Test func hrefEscapingOfEveryASCIICharacter() {
        for value in UInt8(0x21)...0x7E where !"<>\\".utf8.contains(value) {
            let markdown = "[a](<x\(Character(Unicode.Scalar(value)))y>) ![b](<x\(Character(Unicode.Scalar(value)))y>)"
            let expected = cmarkHTML(markdown).replacingOccurrences(of: " />", with: " loading=\"lazy\" decoding=\"async\" />")
            #expect(html(markdown) == expected, "\(markdown)")
        }
    }

    @Test(arguments: cases)
    func writesWhatCmarkWrites(_ example: (markdown: String, html: String)) {
        #expect(html(example.markdown) == example.html)
        #expect(html(example.markdown) == cmarkHTML(example.markdown))
    }
}
