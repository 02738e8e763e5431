import Markdown
import Testing

@Suite("Markdown: plain text")
struct PlainTextTests {
    @Test func blocksOnTheirOwnLinesWithoutMarkup() {
        let markdown = """
            # หัวเรื่อง

            ย่อหน้า *แรก* &amp; [ลิงก์](x)
            บรรทัดสอง![รูป](y.png)

            - ข้อ `หนึ่ง`
            - ข้อสอง

            > อ้าง<br>อิง

            ```
            code
            ```

            <div>raw</div>

            ***
            """
        let page = Markdown.render(markdown) { _ in .keep }
        #expect(page.plainText == "หัวเรื่อง\nย่อหน้า แรก & ลิงก์ บรรทัดสอง\nข้อ หนึ่ง\nข้อสอง\nอ้างอิง\ncode")
    }

    @Test func emptyDocument() {
        #expect(Markdown.render("") { _ in .keep } == RenderedMarkdown(html: "", headings: [], plainText: ""))
    }
}
