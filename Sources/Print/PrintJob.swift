import Foundation

/// One document to print, and where its PDF goes.
public struct PrintJob: Sendable, Equatable {
    /// The HTML file, printed from its `file://` URL: its stylesheets and
    /// fonts are found through relative links, with no server.
    public let document: URL
    /// Where the PDF is written (its folders are made).
    public let pdf: URL

    public init(document: URL, pdf: URL) {
        self.document = document
        self.pdf = pdf
    }

    /// The job for `path`, an HTML file relative to the output folder
    /// `output`, whose PDF goes to `output/` + ``pdfPath(for:)``.
    public init(output: URL, document path: String) {
        self.init(
            document: output.appendingPathComponent(path),
            pdf: output.appendingPathComponent(Self.pdfPath(for: path))
        )
    }

    /// Where the PDF of the document at `path` goes, relative to the output
    /// folder: under `pdf/`, the page's own path without `/index.html`, so
    /// that a page's PDF is named after its URL.
    ///
    ///     briefs/2556/index.html              → pdf/briefs/2556.pdf
    ///     news/2555/slug/print/index.html     → pdf/news/2555/slug/print.pdf
    ///     index.html                          → pdf/index.pdf
    ///     sitemap.html                        → pdf/sitemap.pdf
    public static func pdfPath(for path: String) -> String {
        var name = path
        if name.hasSuffix("/index.html") {
            name.removeLast("/index.html".count)
        } else if name.hasSuffix(".html") {
            name.removeLast(".html".count)
        }
        return "pdf/\(name).pdf"
    }
}
