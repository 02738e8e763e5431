import Foundation
import Print
import Testing
import TestSupport

@Suite("Printing documents, numbering their contents")
struct PrintRunTests {
    @Test("A contents list gets real page numbers in a second pass, from a copy that is then deleted", .enabled(if: Tools.chromium != nil, "no Chromium on PATH (chromium, chromium-browser, google-chrome, google-chrome-stable)"))
    func twoPasses() throws {
        let output = try TemporaryFolder()
        // The page breaks are in the stylesheet, linked relatively: if the
        // numbered copy lost its stylesheet, its sections would move.
        try output.write("briefs/2556/style.css", "@page { size: A4; margin: 20mm } section { break-before: page }")
        let entries = [("one", "Section one"), ("two", "Section two"), ("three", "Section three")]
        let contents = entries.map { ##"<li><a href="#\##($0.0)">\##($0.1)</a> <span class="toc-page" data-for="\##($0.0)"></span></li>"## }
        let sections = entries.map { #"<section><h2 id="\#($0.0)">\#($0.1)</h2><p>text</p></section>"# }
        try output.write("briefs/2556/index.html", """
            <!doctype html><html><head><meta charset="utf-8"><title>Brief</title><link rel="stylesheet" href="style.css"></head>
            <body><h1>Contents</h1><ol>\(contents.joined())</ol>\(sections.joined())</body></html>
            """)
        try output.write("news/print/index.html", #"<!doctype html><html><head><meta charset="utf-8"></head><body><p>News</p></body></html>"#)

        let run = PrintRun(chromium: try #require(Tools.chromium), digits: .thai, jobs: 2)
        let results = run.print([
            job(output, "briefs/2556/index.html", "pdf/briefs/2556.pdf"),
            job(output, "news/print/index.html", "pdf/news/print.pdf"),
        ])

        #expect(results.map(\.failure) == [nil, nil])
        #expect(results.map(\.passes) == [2, 1])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path + "/briefs/2556").sorted() == ["index.html", "style.css"])
        let brief = output.url.appendingPathComponent("pdf/briefs/2556.pdf")
        #expect(try PDFDestinations.pages(in: Data(contentsOf: brief)) == ["one": 2, "two": 3, "three": 4])
        #expect(FileManager.default.fileExists(atPath: output.path + "/pdf/news/print.pdf"))
        if let pdftotext = Tools.pdftotext {
            let lines = try Tools.text(of: brief, page: 1, with: pdftotext).split(separator: "\n")
            for (title, page) in [("Section one", "๒"), ("Section two", "๓"), ("Section three", "๔")] {
                #expect(lines.contains { $0.contains(title) && $0.hasSuffix(page) }, "\(lines)")
            }
        }
    }

    @Test("Results come in the order given, and a failed document does not stop the others")
    func orderAndFailures() throws {
        let output = try TemporaryFolder()
        for name in ["a", "c", "d"] {
            try output.write("\(name)/index.html", "<p>\(name)</p>")
        }
        let browser = try output.script("browser", """
            for argument in "$@"; do
              case "$argument" in --print-to-pdf=*) pdf="${argument#--print-to-pdf=}" ;; esac
            done
            printf '%%PDF-1.4 fake' > "$pdf"
            """)
        let documents = ["a/index.html", "b/index.html", "c/index.html", "d/index.html"]
        let results = PrintRun(chromium: Chromium(executable: browser), digits: .arabic, jobs: 3)
            .print(documents.map { job(output, $0, "pdf/" + $0.prefix { $0 != "/" } + ".pdf") })
        #expect(results.map(\.job.document.path) == documents.map { output.path + "/" + $0 })
        #expect(results.map { $0.failure == nil } == [true, false, true, true])
        #expect(results[1].failure?.reason.hasPrefix("cannot read it") == true)
        #expect(try output.text("pdf/d.pdf") == "%PDF-1.4 fake")
    }

    private func job(_ output: TemporaryFolder, _ document: String, _ pdf: String) -> PrintJob {
        PrintJob(document: output.url.appendingPathComponent(document), pdf: output.url.appendingPathComponent(pdf))
    }
}
