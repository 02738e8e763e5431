/// The diagnostics of one run, in the order they were found.
///
/// All problems of a run are reported together, up to a limit, so one run
/// shows a writer everything to fix rather than one thing at a time.
public struct DiagnosticLog: Sendable {
    /// How many diagnostics are kept; the rest are only counted.
    public let limit: Int
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var errorCount = 0
    public private(set) var warningCount = 0
    /// Every diagnostic taken, so that one said twice is shown once.
    private var seen = Set<Diagnostic>()

    public init(limit: Int = 100) {
        self.limit = limit
    }

    public var hasErrors: Bool { errorCount > 0 }

    /// How many diagnostics were found but not kept.
    public var omittedCount: Int { errorCount + warningCount - diagnostics.count }

    /// Takes `diagnostic`, unless the very same one was taken before: a
    /// YAML alias repeats its node wherever it is used, and a wrong value
    /// there would otherwise be reported once per use.
    public mutating func append(_ diagnostic: Diagnostic) {
        guard seen.insert(diagnostic).inserted else { return }
        switch diagnostic.severity {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        }
        if diagnostics.count < limit {
            diagnostics.append(diagnostic)
        } else if diagnostic.severity == .error, let warning = diagnostics.lastIndex(where: { $0.severity == .warning }) {
            // A full log gives way to errors: a thousand warnings must not
            // hide the one error that stops the build.
            diagnostics.remove(at: warning)
            diagnostics.append(diagnostic)
        }
    }

    public mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) {
        for diagnostic in diagnostics {
            append(diagnostic)
        }
    }

    /// `2 errors, 1 warning`, or nil when there is nothing to say.
    public var summary: String? {
        var parts = [String]()
        if errorCount > 0 { parts.append(Self.counted(errorCount, "error")) }
        if warningCount > 0 { parts.append(Self.counted(warningCount, "warning")) }
        guard !parts.isEmpty else { return nil }
        var summary = parts.joined(separator: ", ")
        if omittedCount > 0 {
            summary += " (\(omittedCount) not shown)"
        }
        return summary
    }

    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
