import Markdown
import Testing

@Suite("Markdown: heading ids")
struct HeadingTests {
    func render(_ markdown: String, firstLine: Int = 1) -> RenderedMarkdown {
        Markdown.render(markdown, firstLine: firstLine) { _ in .keep }
    }

    @Test func thaiIdsKeepEveryMark() {
        let page = render("## ข่าวประชาสัมพันธ์")
        #expect(page.html == "<h2 id=\"ข่าวประชาสัมพันธ์\">ข่าวประชาสัมพันธ์</h2>\n")
        let id = page.headings.first?.id ?? ""
        // ข ่ า ว ป ร ะ ช า ส ั ม พ ั น ธ ์: the tone mark, both mai han-akat and the thanthakhat stay.
        #expect(id.unicodeScalars.map(\.value) == [
            0x0E02, 0x0E48, 0x0E32, 0x0E27, 0x0E1B, 0x0E23, 0x0E30, 0x0E0A, 0x0E32,
            0x0E2A, 0x0E31, 0x0E21, 0x0E1E, 0x0E31, 0x0E19, 0x0E18, 0x0E4C,
        ])
    }

    @Test func headingsReportLevelTextIdAndFileLine() {
        let page = render("# ระดมสมอง 4 หน่วยงาน\n\ntext\n\nSetext *Title*\n---\n\n> ### In `quote`\n- #### In item", firstLine: 9)
        #expect(page.headings == [
            MarkdownHeading(level: 1, text: "ระดมสมอง 4 หน่วยงาน", id: "ระดมสมอง-4-หน่วยงาน", line: 9),
            MarkdownHeading(level: 2, text: "Setext Title", id: "setext-title", line: 13),
            MarkdownHeading(level: 3, text: "In quote", id: "in-quote", line: 16),
            MarkdownHeading(level: 4, text: "In item", id: "in-item", line: 17),
        ])
        #expect(page.html == """
            <h1 id="ระดมสมอง-4-หน่วยงาน">ระดมสมอง 4 หน่วยงาน</h1>
            <p>text</p>
            <h2 id="setext-title">Setext <em>Title</em></h2>
            <blockquote>
            <h3 id="in-quote">In <code>quote</code></h3>
            </blockquote>
            <ul>
            <li>
            <h4 id="in-item">In item</h4>
            </li>
            </ul>

            """)
    }

    @Test func duplicatesGetNumbersThatNoOtherHeadingUses() {
        let page = render("# a\n# a\n# a-2\n# a\n# A")
        #expect(page.headings.map(\.id) == ["a", "a-3", "a-2", "a-4", "a-5"])
    }

    @Test func headingsWithoutLettersAreSections() {
        let page = render("#\n## ***\n### !!!\n#### ?")
        #expect(page.headings.map(\.id) == ["section", "section-2", "section-3", "section-4"])
        #expect(page.html == """
            <h1 id="section"></h1>
            <h2 id="section-2">***</h2>
            <h3 id="section-3">!!!</h3>
            <h4 id="section-4">?</h4>

            """)
    }

    @Test func idsAreEscapedAndMarkupIsLeftOutOfTheText() {
        let page = render("## A <b>&amp;</b> [link](x.md) `c`")
        #expect(page.headings.first?.text == "A & link c")
        #expect(page.headings.first?.id == "a-link-c")
        #expect(page.html == "<h2 id=\"a-link-c\">A &amp; <a href=\"x.md\">link</a> <code>c</code></h2>\n")
    }
}
