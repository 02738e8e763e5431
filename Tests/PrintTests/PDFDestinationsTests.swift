import Foundation
import Print
import Testing
import TestSupport

@Suite("The page of each named destination in a PDF")
struct PDFDestinationsTests {
    @Test("Chromium's own PDF: a destination for each linked id, on its page", .enabled(if: Tools.chromium != nil, "no Chromium on PATH (chromium, chromium-browser, google-chrome, google-chrome-stable)"))
    func chromiumPDF() throws {
        let folder = try TemporaryFolder()
        // Ten A4 pages: past eight, Skia nests the page tree. The ids are
        // Thai, spaced and plain, as heading ids are; so is the folder.
        let ids = ["intro", "two", "ข้อ 3", "four", "five", "six", "seven", "eight", "nine", "ten"]
        let contents = ids.map { ##"<li><a href="#\##($0)">\##($0)</a> <span class="toc-page" data-for="\##($0)"></span></li>"## }
        let sections = ids.dropFirst().map { #"<section><h2 id="\#($0)">\#($0)</h2><p>ข้อความ</p></section>"# }
        try folder.write("แผน 2556/index.html", """
            <!doctype html><html lang="th"><head><meta charset="utf-8"><title>แผน</title>
            <style>@page { size: A4; margin: 20mm } section { break-before: page }</style></head>
            <body><h1 id="intro">แผนปฏิบัติงาน</h1><ol>\(contents.joined())</ol>
            \(sections.joined())<p id="unlinked">ไม่มีลิงก์</p></body></html>
            """)
        let chromium = try #require(Tools.chromium)
        let pdf = try chromium.pdf(of: folder.url.appendingPathComponent("แผน 2556/index.html"))
        let expected = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0 + 1) })
        #expect(try PDFDestinations.pages(in: pdf) == expected)
    }

    @Test("A nested page tree, escaped and percent-encoded names, a destination by reference")
    func handMade() throws {
        let pdf = handMadePDF([
            "<</Type /Catalog /Pages 2 0 R /Dests 7 0 R>>",
            "<</Type /Pages /Count 3 /Kids [3 0 R 6 0 R]>>",
            "<</Type /Pages /Count 2 /Kids [4 0 R 5 0 R] /Parent 2 0 R>>",
            "<</Type /Page /Parent 3 0 R /Contents 9 0 R % a comment [ ( <<\n>>",
            "<</Type /Page /Parent 3 0 R /Title (a \\(nested (string)\\) \\050) /Hex <4142 43>>>",
            "<</Type /Page /Parent 2 0 R /Rotate -90 /UserUnit 1.5 /Tabs /S>>",
            """
            <</intro [4 0 R /XYZ 6 757.92 0]
            /#25E0#25B8#259A#25E0#25B8#2597 [5 0 R /XYZ 6 827.67 0]
            /a#2520b [6 0 R /Fit]
            /by-reference 8 0 R
            /nowhere [99 0 R /Fit]
            /ab#25cd [4 0 R /Fit]>>
            """,
            "[6 0 R /XYZ null null null]",
            "<</Length 0>>",
        ])
        #expect(try PDFDestinations.pages(in: pdf) == ["intro": 1, "บท": 2, "a b": 3, "by-reference": 3, "ab%cd": 1])
    }

    @Test("A PDF with no links has no destinations")
    func noDestinations() throws {
        let pdf = handMadePDF([
            "<</Type /Catalog /Pages 2 0 R>>",
            "<</Type /Pages /Count 1 /Kids [3 0 R]>>",
            "<</Type /Page /Parent 2 0 R>>",
        ])
        #expect(try PDFDestinations.pages(in: pdf) == [:])
    }

    @Test("What is not a PDF Chromium wrote is an error, not a guess", arguments: [
        ("not a PDF", Data("<html></html>".utf8), "does not start with %PDF-"),
        ("cut short", Data("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".utf8), "no startxref"),
        ("a cross-reference stream", Data("%PDF-1.5\n1 0 obj\n<</Type /XRef /Length 0>>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n".utf8), "cross-reference stream"),
        ("a page tree that loops", handMadePDF([
            "<</Type /Catalog /Pages 2 0 R>>",
            "<</Type /Pages /Kids [3 0 R]>>",
            "<</Type /Pages /Kids [2 0 R]>>",
        ]), "loops back"),
        ("a missing object", handMadePDF(["<</Type /Catalog /Pages 5 0 R>>"]), "object 5 is not in the cross-reference table"),
    ])
    func unreadable(_ what: String, pdf: Data, message: String) {
        #expect {
            try PDFDestinations.pages(in: pdf)
        } throws: { error in
            (error as? PDFError)?.message.contains(message) == true
        }
    }
}
