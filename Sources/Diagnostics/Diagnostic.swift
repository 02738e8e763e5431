/// One problem found in a site: what, where, and what to do about it.
///
/// Every stage reports through this one type, so the command line prints
/// them all the same way: GNU style (`path:line:column: severity: message`),
/// which editors and CI annotate, or JSON lines for tools.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// The file, relative to the site folder (or as the user named it).
    public var path: String
    /// The 1-based line, when the problem has a place in the file.
    public var line: Int?
    /// The 1-based column, counted in Unicode scalars.
    public var column: Int?
    /// A short identifier of the kind of problem (`sara-am`, `invalid-utf8`),
    /// so it can be searched for and filtered.
    public var code: String?
    /// One sentence: what is wrong.
    public var message: String
    /// What to do about it, when there is something useful to say.
    public var hint: String?
    /// The text of the line, shown under the message with a caret.
    public var sourceLine: String?
    /// How many scalars from `column` the caret underlines.
    public var length: Int
    /// Where the place was reached from, e.g. the chain of template
    /// includes: `included from templates/base.html:8:3, extending templates/news/item.html`.
    public var notes: [String]

    public init(
        _ severity: Severity, path: String, line: Int? = nil, column: Int? = nil, code: String? = nil,
        message: String, hint: String? = nil, sourceLine: String? = nil, length: Int = 1, notes: [String] = []
    ) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.code = code
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
        self.length = length
        self.notes = notes
    }

    public static func error(
        _ message: String, path: String, line: Int? = nil, column: Int? = nil, code: String? = nil,
        hint: String? = nil, sourceLine: String? = nil, length: Int = 1, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(.error, path: path, line: line, column: column, code: code, message: message,
                   hint: hint, sourceLine: sourceLine, length: length, notes: notes)
    }

    public static func warning(
        _ message: String, path: String, line: Int? = nil, column: Int? = nil, code: String? = nil,
        hint: String? = nil, sourceLine: String? = nil, length: Int = 1, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(.warning, path: path, line: line, column: column, code: code, message: message,
                   hint: hint, sourceLine: sourceLine, length: length, notes: notes)
    }
}
