/// A document that could not be printed to PDF.
public struct PrintFailure: Error, Sendable, Equatable {
    /// The HTML file, as the run was given it.
    public let document: String
    /// What went wrong: Chromium's exit status, no PDF, the time limit, an unreadable PDF.
    public let reason: String
    /// The last lines Chromium wrote to standard error, without the D-Bus
    /// complaints a headless browser always makes; empty when there are none.
    public let stderr: String

    public init(document: String, reason: String, stderr: String = "") {
        self.document = document
        self.reason = reason
        self.stderr = stderr
    }

    /// One line for the user: `cannot print DOCUMENT: REASON`.
    public var message: String { "cannot print \(document): \(reason)" }
}
