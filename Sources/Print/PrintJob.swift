import Foundation

/// One document to print, and where its PDF goes.
public struct PrintJob: Sendable, Equatable {
    /// The HTML file (the run reads it, and writes its numbered copy beside it).
    public let document: URL
    /// Where the PDF is written (its folders are made).
    public let pdf: URL

    public init(document: URL, pdf: URL) {
        self.document = document
        self.pdf = pdf
    }
}
