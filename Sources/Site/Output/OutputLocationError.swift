/// An output folder khao refuses to write to, before anything is written.
/// The CLI prints it as a diagnostic and exits 2 (a usage error).
public struct OutputLocationError: Error, Sendable, Equatable {
    /// One sentence: what is wrong with the folder.
    public let message: String
    /// What the user can do about it.
    public let hint: String

    public init(message: String, hint: String) {
        self.message = message
        self.hint = hint
    }
}
