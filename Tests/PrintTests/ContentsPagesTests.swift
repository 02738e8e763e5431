import Foundation
import Print
import Testing

@Suite("Page numbers written into a contents list")
struct ContentsPagesTests {
    static let contents = """
        <!doctype html><html lang="th"><body>
        <ol class="toc">
        <li><a href="#บทนำ">บทนำ</a> <span class="toc-page" data-for="บทนำ"></span></li>
        <li><a href="#plan">แผน</a> <span class="toc-page" data-for="plan"></span></li>
        <li><a href="#budget">งบประมาณ</a> <span class="toc-page" data-for="budget"></span></li>
        </ol>
        <h1 id="บทนำ">บทนำ</h1>
        </body></html>
        """

    @Test("Thai digits")
    func thaiDigits() {
        let filled = ContentsPages.fill(Self.contents, pages: ["บทนำ": 1, "plan": 10, "budget": 123], digits: .thai)
        #expect(filled == Self.contents
            .replacingOccurrences(of: #"data-for="บทนำ"></span>"#, with: #"data-for="บทนำ">๑</span>"#)
            .replacingOccurrences(of: #"data-for="plan"></span>"#, with: #"data-for="plan">๑๐</span>"#)
            .replacingOccurrences(of: #"data-for="budget"></span>"#, with: #"data-for="budget">๑๒๓</span>"#))
    }

    @Test("Arabic digits")
    func arabicDigits() {
        let html = ##"<p><a href="#a">A</a><span class="toc-page" data-for="a"></span></p>"##
        #expect(ContentsPages.fill(html, pages: ["a": 407], digits: .arabic)
            == ##"<p><a href="#a">A</a><span class="toc-page" data-for="a">407</span></p>"##)
    }

    @Test("An id with no page stays empty, and the rest of the page is kept byte for byte")
    func unknownIDs() {
        #expect(ContentsPages.fill(Self.contents, pages: ["other": 4], digits: .thai) == Self.contents)
        #expect(ContentsPages.fill(Self.contents, pages: ["plan": 2], digits: .arabic)
            == Self.contents.replacingOccurrences(of: #"data-for="plan"></span>"#, with: #"data-for="plan">2</span>"#))
    }

    @Test("The id is read as the element has it, unescaped")
    func escapedID() {
        let html = #"<span class="toc-page" data-for="R&amp;D &quot;1&quot;"></span>"#
        #expect(ContentsPages.fill(html, pages: [#"R&D "1""#: 5], digits: .arabic)
            == #"<span class="toc-page" data-for="R&amp;D &quot;1&quot;">5</span>"#)
    }

    @Test("Only the exact, empty placeholder is filled")
    func notPlaceholders() {
        let html = """
            <span class="toc-page" data-for="a">9</span>
            <span data-for="a" class="toc-page"></span>
            <span class="toc-page other" data-for="a"></span>
            <p>class="toc-page" data-for="a"</p>
            """
        #expect(ContentsPages.fill(html, pages: ["a": 1], digits: .arabic) == html)
        #expect(!ContentsPages.hasPlaceholders(html))
        #expect(ContentsPages.hasPlaceholders(Self.contents))
    }
}
