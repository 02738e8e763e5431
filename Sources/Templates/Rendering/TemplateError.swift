import Diagnostics

/// A template problem, at load time or while rendering, with everything
/// the cli.md diagnostic format needs: the place, one sentence, the line
/// with a caret, the chain of includes, and a hint.
public struct TemplateError: Error, Sendable, Equatable {
    public var path: String
    public var line: Int
    public var column: Int
    public var length: Int
    public var message: String
    public var hint: String?
    public var sourceLine: String?
    /// `included from templates/base.html:8:3, extending templates/news/item.html`, when the place was reached that way.
    public var notes: [String]
    /// True for names and fields that are not there: `is defined` and
    /// `default` turn exactly these into answers instead of errors.
    var isUndefined = false

    public var diagnostic: Diagnostic {
        .error(message, path: path, line: line, column: column, hint: hint, sourceLine: sourceLine, length: length, notes: notes)
    }

    /// Equal when they would print the same diagnostic.
    public static func == (lhs: TemplateError, rhs: TemplateError) -> Bool {
        lhs.diagnostic == rhs.diagnostic
    }
}

/// Every problem found while loading a set of templates.
public struct TemplateLoadErrors: Error, Sendable {
    public let errors: [TemplateError]
}
