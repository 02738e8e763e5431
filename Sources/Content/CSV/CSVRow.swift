/// One record of a CSV table: its cells in order, reachable by column name.
///
/// ```swift
/// let row = table.rows[0]
/// row["budget"]?.text     // "12,500,000"
/// row["no-such-column"]   // nil
/// row.fields.count        // always table.columns.count
/// ```
public struct CSVRow: Sendable {
    /// The 1-based line where the record starts.
    public let line: Int
    /// The row a spreadsheet shows the record in when it opens the file:
    /// every record counts, blank ones too (Excel shows them as empty rows),
    /// and a cell with line breaks does not start new rows. Without such
    /// cells it is the same as `line`.
    public let rowNumber: Int
    /// The cells, in the order of the header's columns.
    public let fields: [CSVField]
    /// Column name → index into `fields`; one dictionary shared by all rows.
    let columnIndex: [String: Int]

    init(line: Int, rowNumber: Int, fields: [CSVField], columnIndex: [String: Int]) {
        self.line = line
        self.rowNumber = rowNumber
        self.fields = fields
        self.columnIndex = columnIndex
    }

    /// The cell in the column the header names `column` (names are trimmed
    /// and compared exactly), or nil when the table has no such column.
    public subscript(column: String) -> CSVField? {
        guard let index = columnIndex[column], index < fields.count else { return nil }
        return fields[index]
    }
}
