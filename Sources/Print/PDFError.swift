/// A PDF that ``PDFDestinations`` cannot read: not a PDF, damaged, or
/// written in a way Chromium does not write (a cross-reference stream).
public struct PDFError: Error, Sendable, Equatable {
    /// One sentence: what is wrong, with the byte offset when there is one.
    public let message: String

    public init(_ message: String) {
        self.message = message
    }
}
