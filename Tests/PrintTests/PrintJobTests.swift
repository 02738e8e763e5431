import Foundation
import Print
import Testing

@Suite("Where a document's PDF goes")
struct PrintJobTests {
    @Test("A page's PDF is named after its URL, under pdf/", arguments: [
        ("briefs/2556/index.html", "pdf/briefs/2556.pdf"),
        ("news/2555/slug/print/index.html", "pdf/news/2555/slug/print.pdf"),
        ("news/2555/ระดมสมอง/print/index.html", "pdf/news/2555/ระดมสมอง/print.pdf"),
        ("index.html", "pdf/index.pdf"),
        ("sitemap.html", "pdf/sitemap.pdf"),
    ])
    func pdfPath(document: String, pdf: String) {
        #expect(PrintJob.pdfPath(for: document) == pdf)
    }

    @Test("A job in an output folder")
    func jobInOutput() {
        let job = PrintJob(output: URL(fileURLWithPath: "/site/output"), document: "briefs/2556/index.html")
        #expect(job.document.path == "/site/output/briefs/2556/index.html")
        #expect(job.pdf.path == "/site/output/pdf/briefs/2556.pdf")
    }
}
