/// How diagnostics are written out.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// GNU style for people, with the source line and a caret.
    case text
    /// One JSON object per line, for editors and scripts.
    case json

    /// `diagnostic` written in this format, ending with a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        switch self {
        case .text: TextRenderer.render(diagnostic)
        case .json: JSONRenderer.render(diagnostic)
        }
    }
}
