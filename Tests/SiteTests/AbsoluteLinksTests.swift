@testable import Site
import Testing

@Suite("Absolute links in feed content")
struct AbsoluteLinksTests {
    let page = "https://www.cpd.go.th/news/2555/a/"

    private func rewrite(_ html: String) -> String {
        AbsoluteLinks.rewrite(html, pageURL: page)
    }

    @Test func rootRelativeLinksGetTheOrigin() {
        #expect(rewrite(#"<a href="/tags/x/">x</a>"#) == #"<a href="https://www.cpd.go.th/tags/x/">x</a>"#)
        #expect(rewrite("<img src='/i.png' alt=x>") == "<img src='https://www.cpd.go.th/i.png' alt=x>")
        #expect(rewrite("<A HREF=/x/>x</A>") == "<A HREF=https://www.cpd.go.th/x/>x</A>")
        #expect(rewrite(#"<a class="c" href = "/x" >"#) == #"<a class="c" href = "https://www.cpd.go.th/x" >"#)
    }

    @Test func pageRelativeReferencesResolveAgainstThePage() {
        #expect(rewrite(#"<img src="photo.jpg">"#) == #"<img src="https://www.cpd.go.th/news/2555/a/photo.jpg">"#)
        #expect(rewrite(##"<a href="#หัวข้อ">"##) == ##"<a href="https://www.cpd.go.th/news/2555/a/#หัวข้อ">"##)
        #expect(rewrite(#"<a href="?p=2">"#) == #"<a href="https://www.cpd.go.th/news/2555/a/?p=2">"#)
        #expect(rewrite(#"<a href="">"#) == #"<a href="https://www.cpd.go.th/news/2555/a/">"#)
        #expect(AbsoluteLinks.rewrite(#"<img src="b.png">"#, pageURL: "https://h.example/x/page.html?q=1#f") == #"<img src="https://h.example/x/b.png">"#)
        #expect(AbsoluteLinks.rewrite(#"<img src="b.png">"#, pageURL: "https://h.example") == #"<img src="https://h.example/b.png">"#)
    }

    @Test func absoluteAndProtocolRelativeLinksStay() {
        for html in [
            #"<a href="//cdn.example.org/x">"#, #"<a href="https://other.example/">"#,
            #"<a href="mailto:pr@cpd.go.th">"#, #"<a href="tel:+6622415885">"#, #"<img src="data:image/png;base64,AA==">"#,
        ] {
            #expect(rewrite(html) == html)
        }
    }

    @Test func srcsetCandidatesAreEachResolved() {
        #expect(rewrite(#"<img srcset="/a.jpg 1x, b.jpg 2x,https://c.example/c.jpg 3x">"#)
            == #"<img srcset="https://www.cpd.go.th/a.jpg 1x, https://www.cpd.go.th/news/2555/a/b.jpg 2x,https://c.example/c.jpg 3x">"#)
        #expect(rewrite(#"<img srcset="/a.jpg, /b.jpg 640w">"#) == #"<img srcset="https://www.cpd.go.th/a.jpg, https://www.cpd.go.th/b.jpg 640w">"#)
        // HTML reads a URL up to a space, commas included (image CDNs put
        // commas in paths): this is one candidate, as browsers see it.
        #expect(rewrite(#"<img srcset="/w_1,h_2/a.jpg 1x">"#) == #"<img srcset="https://www.cpd.go.th/w_1,h_2/a.jpg 1x">"#)
    }

    @Test func onlyLinkAttributesOfTagsChange() {
        let untouched = [
            #"<p>href="/x" and src=/y in text</p>"#,
            #"<a data-href="/x" title="/y">t</a>"#,
            #"<!-- <a href="/x"> -->"#,
            #"<script>var s = '<img src="/x">';</script>"#,
            #"<STYLE>a[href="/x"]{}</style><textarea><a href="/x"></textarea>"#,
            "</a href=\"/x\"><!DOCTYPE html>< a href=\"/x\">",
            "ข่าวประชาสัมพันธ์ <b>ไทย</b> < 3",
        ]
        for html in untouched {
            #expect(rewrite(html) == html)
        }
        #expect(rewrite(#"<!--> <a href="/x">"#) == #"<!--> <a href="https://www.cpd.go.th/x">"#)
    }

    @Test func thePrefixIsEscapedForTheAttribute() {
        #expect(AbsoluteLinks.rewrite(#"<img src="b.png">"#, pageURL: #"https://h.example/a&"b'/"#) == #"<img src="https://h.example/a&amp;&quot;b&#39;/b.png">"#)
    }

    @Test func truncatedTagsEndWithoutLoss() {
        #expect(rewrite(#"<a href="/x"#) == #"<a href="https://www.cpd.go.th/x"#)
        #expect(rewrite(#"<img srcset="/a 1x,"#) == #"<img srcset="https://www.cpd.go.th/a 1x,"#)
        for html in ["<a href=", "<a href", "<a ", "<", "<!--", "<script>"] {
            #expect(rewrite(html) == html)
        }
        // An empty reference is the page itself.
        #expect(rewrite("<a href='") == "<a href='https://www.cpd.go.th/news/2555/a/")
    }
}
