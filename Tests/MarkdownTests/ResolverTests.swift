import Markdown
import Testing

@Suite("Markdown: the resolver")
struct ResolverTests {
    func render(_ markdown: String, _ target: MarkdownLinkTarget) -> String {
        Markdown.render(markdown) { _ in target }.html
    }

    @Test func rewritesSourceFileLinksToPageURLs() {
        let page = Markdown.render("[ข่าว](../2555/x.md#หัวข้อ \"t\")") { link in
            link.destination == "../2555/x.md#หัวข้อ" ? .url("/news/2555/x/#หัวข้อ") : .keep
        }
        #expect(page.html == "<p><a href=\"/news/2555/x/#%E0%B8%AB%E0%B8%B1%E0%B8%A7%E0%B8%82%E0%B9%89%E0%B8%AD\" title=\"t\">ข่าว</a></p>\n")
    }

    @Test func seesDestinationsAndTitlesAsDecoded() {
        let seen = links(in: "[a](x&amp;y\\)z \"&quot;t&quot;\")")
        #expect(seen == [MarkdownLink(kind: .link, destination: "x&y)z", title: "\"t\"", line: 1, column: 1)])
        #expect(render("[a](x&amp;y\\)z)", .keep) == "<p><a href=\"x&amp;y)z\">a</a></p>\n")
    }

    @Test func droppedLinksKeepTheirText() {
        #expect(render("a [b *c*](x) d", .drop) == "<p>a b <em>c</em> d</p>\n")
    }

    @Test func imagesGetSizesAndLoadingHints() {
        #expect(render("![รูป \"ก\"](a.png \"t\")", .image(url: "/news/a.png", width: 640, height: 480))
                == "<p><img src=\"/news/a.png\" alt=\"รูป &quot;ก&quot;\" title=\"t\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\" /></p>\n")
        #expect(render("![x](a b.png)", .keep) == "<p>![x](a b.png)</p>\n")
        #expect(render("![x](<a b.png>)", .keep) == "<p><img src=\"a%20b.png\" alt=\"x\" loading=\"lazy\" decoding=\"async\" /></p>\n")
        #expect(render("![x](a.png)", .url("/b.png")) == "<p><img src=\"/b.png\" alt=\"x\" loading=\"lazy\" decoding=\"async\" /></p>\n")
        #expect(render("![x](a.png)", .image(url: "a.png", width: nil, height: 10))
                == "<p><img src=\"a.png\" alt=\"x\" height=\"10\" loading=\"lazy\" decoding=\"async\" /></p>\n")
    }

    @Test func altTextIsThePlainTextOfTheDescription() {
        var asked: [MarkdownLink.Kind] = []
        let page = Markdown.render("![a *b* `c` [d](e)\nf](g.png)") { link in
            asked.append(link.kind)
            return .keep
        }
        #expect(page.html == "<p><img src=\"g.png\" alt=\"a b c d f\" loading=\"lazy\" decoding=\"async\" /></p>\n")
        #expect(asked == [.image])
    }

    @Test func droppedImagesLeaveTheirAltText() {
        #expect(render("![รูป *x* & y](a.png)", .drop) == "<p>รูป x &amp; y</p>\n")
    }

    @Test func aLinkTargetGivenAsAnImageIsAURL() {
        #expect(render("[a](b)", .image(url: "/c", width: 1, height: 2)) == "<p><a href=\"/c\">a</a></p>\n")
    }

    @Test func everyLinkIsAskedAboutOnceInDocumentOrder() {
        let seen = links(in: "[a](1) ![b](2)\n\n> [c](3)\n\n- <https://4.th>").map(\.destination)
        #expect(seen == ["1", "2", "3", "https://4.th"])
    }
}
