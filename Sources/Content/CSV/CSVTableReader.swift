import Diagnostics

/// Turns scanned records into a header and rows, checking each record
/// against the header as it comes.
struct CSVTableReader {
    /// Field-count errors reported one by one before the rest are counted:
    /// a header with one column too many would otherwise give one error per row.
    static let fieldCountReportLimit = 20

    private let wording: CSVDiagnostics
    private let lines: SourceLines
    private var diagnostics = [Diagnostic]()
    private var header: CSVScanner.Record?
    private var columns = [String]()
    private var columnIndex = [String: Int]()
    private var headerUsable = false
    private var rows = [CSVRow]()
    private var fieldCountErrors = 0
    private var firstUnreportedFieldCount: CSVScanner.Record?

    init(path: String, lines: SourceLines) {
        self.wording = CSVDiagnostics(path: path, lines: lines)
        self.lines = lines
    }

    mutating func read(_ record: CSVScanner.Record) {
        diagnostics += record.problems.map(wording.diagnostic(for:))
        guard let header else {
            guard !record.isBlank || !record.problems.isEmpty else { return }
            self.header = record
            readHeader(record)
            return
        }
        guard !record.isBlank else { return }
        guard record.fields.count == header.fields.count else {
            fieldCountErrors += 1
            if fieldCountErrors <= Self.fieldCountReportLimit {
                diagnostics.append(wording.fieldCount(record, header: header))
            } else if firstUnreportedFieldCount == nil {
                firstUnreportedFieldCount = record
            }
            return
        }
        guard record.problems.isEmpty, headerUsable else { return }
        rows.append(CSVRow(line: record.line, rowNumber: record.rowNumber, fields: record.fields, columnIndex: columnIndex))
    }

    private mutating func readHeader(_ record: CSVScanner.Record) {
        headerUsable = record.problems.isEmpty
        // A header with a syntax error has its own diagnostic; its names mean little.
        guard headerUsable else { return }
        var firstField = [String: CSVField]()
        for (index, field) in record.fields.enumerated() {
            let named = field.trimmed()
            let name = named.text
            columns.append(name)
            if name.isEmpty {
                diagnostics.append(wording.emptyColumnName(named, number: index + 1))
                headerUsable = false
            } else if let first = firstField[name] {
                diagnostics.append(wording.duplicateColumnName(name, named, first: first))
                headerUsable = false
            } else {
                firstField[name] = named
                columnIndex[name] = index
            }
        }
    }

    consuming func finish() -> (CSVTable?, [Diagnostic]) {
        if let record = firstUnreportedFieldCount, let header {
            diagnostics.append(wording.moreFieldCounts(fieldCountErrors - Self.fieldCountReportLimit, first: record, header: header))
        }
        guard let header else {
            return (nil, diagnostics + [wording.emptyFile()])
        }
        guard headerUsable else { return (nil, diagnostics) }
        let table = CSVTable(
            path: wording.path, columns: columns,
            header: CSVRow(line: header.line, rowNumber: header.rowNumber, fields: header.fields, columnIndex: columnIndex),
            rows: rows, lines: lines)
        return (table, diagnostics)
    }
}
