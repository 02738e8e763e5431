import Diagnostics
import Thai

/// Diagnostics for what decoding and normalising found in one file.
enum SourceDiagnostics {
    static func diagnostic(for issue: DecodingIssue, path: String, lines: SourceLines) -> Diagnostic {
        let code: String = switch issue.kind {
        case .invalidUTF8: "invalid-utf8"
        case .invalidUTF16: "invalid-utf16"
        case .binary: "binary-file"
        case .unknownEncoding: "unknown-encoding"
        case .readAsWindows874: "windows-874"
        case .mojibake: "mojibake"
        }
        let hasPlace = issue.kind != .binary && issue.kind != .readAsWindows874
        return Diagnostic(
            issue.isError ? .error : .warning, path: path,
            line: issue.line, column: issue.column, code: code, message: issue.message, hint: issue.hint,
            sourceLine: hasPlace ? lines.line(issue.line) : nil)
    }

    static func diagnostic(for finding: NormalizationFinding, path: String) -> Diagnostic {
        // A repair shows itself as before → after; a problem for a person
        // needs the sentence saying what is wrong with it.
        let message = finding.rule.isRepair ? finding.change : "\(finding.change): \(finding.rule.summary)"
        return .warning(message, path: path, line: finding.line, column: finding.column, code: finding.rule.rawValue)
    }
}
