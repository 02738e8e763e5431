import Diagnostics

/// A table read from a CSV file, such as the `projects.csv` of a plan:
/// named columns, and rows whose cells know where they are in the file.
///
/// ```swift
/// let (table, diagnostics) = CSVTable.parse("id,budget\nP01,\"12,500,000\"\n", path: "content/plans/2556/projects.csv")
/// table?.columns                     // ["id", "budget"]
/// table?.rows[0]["budget"]?.text     // "12,500,000"
/// table?.rows[0]["budget"]?.column   // 5
/// diagnostics                        // []
/// ```
///
/// The first record that is not blank is the header; its names are trimmed,
/// and must be there and differ. Every other record that is not blank is a
/// row, and must have as many cells as the header.
public struct CSVTable: Sendable {
    /// The file, as given to ``parse(_:path:)``, for diagnostics.
    public let path: String
    /// The names of the header, trimmed, in order.
    public let columns: [String]
    /// The header record itself, for pointing at a column's name.
    public let header: CSVRow
    /// The records after the header, without blank ones and without those
    /// that have an error.
    public let rows: [CSVRow]
    let lines: SourceLines

    /// Reads a CSV file's text, decoded already (``NormalizedSource``): UTF-8
    /// with LF line endings. A byte order mark at the start, which a CSV
    /// keeps for Excel, is skipped and takes no column.
    ///
    /// Returns the table and every problem found, in file order. The table
    /// is nil when there is no usable header (an empty file, a header with
    /// a syntax error, an empty or repeated column name); otherwise it holds
    /// every row without an error, so later checks can report their own
    /// problems in the same run. **When the diagnostics hold an error, rows
    /// are missing**: report them and do not use the table for output.
    ///
    /// ```swift
    /// let (table, diagnostics) = CSVTable.parse(text, path: path)
    /// guard let table, !diagnostics.contains(where: { $0.severity == .error }) else { ... }
    /// ```
    public static func parse(_ text: String, path: String) -> (CSVTable?, [Diagnostic]) {
        let bytes = Array(text.utf8)
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let lines = SourceLines(bytes: bytes, start: start)
        var reader = CSVTableReader(path: path, lines: lines)
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer, start: start)
            while let record = scanner.next() {
                reader.read(record)
            }
        }
        return reader.finish()
    }

    /// The text of the 1-based `line` of the file, for a diagnostic's caret.
    public func sourceLine(_ line: Int) -> String? {
        lines.line(line)
    }

    /// A diagnostic pointing at `field`, with the line it starts on and a
    /// caret under it.
    ///
    /// ```swift
    /// table.diagnostic(.error, "\"support\" names an unknown bureau \"ctx\"", at: item,
    ///                  code: "unknown-bureau", hint: "known bureaus are cbd, ctt, fund, cpd")
    /// ```
    public func diagnostic(
        _ severity: Diagnostic.Severity, _ message: String, at field: CSVField, code: String, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(severity, path: path, line: field.line, column: field.column, code: code, message: message,
                   hint: hint, sourceLine: lines.line(field.line), length: field.width)
    }

    init(path: String, columns: [String], header: CSVRow, rows: [CSVRow], lines: SourceLines) {
        self.path = path
        self.columns = columns
        self.header = header
        self.rows = rows
        self.lines = lines
    }
}
