/// No browser to print with. The CLI prints it as a diagnostic and exits 2
/// (a missing tool).
public struct ChromiumNotFound: Error, Sendable, Equatable {
    /// One sentence: what was looked for, and where.
    public let message: String
    /// How to install a browser or point khao to one.
    public let hint: String

    public init(message: String, hint: String) {
        self.message = message
        self.hint = hint
    }
}
