import Diagnostics

/// The words for every problem a CSV file can have, in one place.
struct CSVDiagnostics {
    let path: String
    let lines: SourceLines

    static let unclosedQuoteCode = "csv-unclosed-quote"
    static let textAfterQuoteCode = "csv-text-after-quote"
    static let fieldCountCode = "csv-field-count"
    static let emptyColumnNameCode = "csv-empty-column-name"
    static let duplicateColumnNameCode = "csv-duplicate-column-name"
    static let emptyFileCode = "csv-empty-file"

    private static let quoteHint = #"a " inside a quoted field is written twice: "" (Excel does this when it saves)"#

    func diagnostic(for problem: CSVScanner.Problem) -> Diagnostic {
        switch problem {
        case let .unclosedQuote(line, column):
            error("the quoted field that starts here is never closed, so the rest of the file is read as part of it",
                  line: line, column: column, code: Self.unclosedQuoteCode,
                  hint: #"add the closing "; "# + Self.quoteHint)
        case let .textAfterQuote(line, column, width):
            error("text after the closing quote of a field",
                  line: line, column: column, code: Self.textAfterQuoteCode,
                  hint: Self.quoteHint, length: width)
        }
    }

    func fieldCount(_ record: CSVScanner.Record, header: CSVScanner.Record) -> Diagnostic {
        let count = record.fields.count
        let expected = header.fields.count
        let hint: String
        if let quote = record.fields.first(where: quoteAfterSpace) {
            let column = quote.column + quote.text.unicodeScalars.prefix { $0 != "\"" }.count
            hint = #"a " after a space does not start a quoted field; remove the space before the " at column \#(column)"#
        } else if count > expected {
            hint = #"a value with a comma in it, such as 12,500,000, must be in double quotes: "12,500,000""#
        } else {
            hint = "add the missing fields, empty if need be, so that every row has \(fields(expected))"
        }
        return error("row \(record.rowNumber) has \(fields(count)); the header has \(expected)",
                     line: record.line, column: 1, code: Self.fieldCountCode,
                     hint: hint, length: max(lines.width(record.line), 1))
    }

    func moreFieldCounts(_ more: Int, first: CSVScanner.Record, header: CSVScanner.Record) -> Diagnostic {
        error("\(more) more \(more == 1 ? "row has" : "rows have") a different number of fields than the header, from row \(first.rowNumber) on",
              line: first.line, column: 1, code: Self.fieldCountCode,
              hint: "check the header first: it has \(fields(header.fields.count))", length: max(lines.width(first.line), 1))
    }

    func emptyColumnName(_ field: CSVField, number: Int) -> Diagnostic {
        error("column \(number) of the header has no name",
              line: field.line, column: field.column, code: Self.emptyColumnNameCode,
              hint: "name the column, or delete it if it holds nothing", length: field.width)
    }

    func duplicateColumnName(_ name: String, _ field: CSVField, first: CSVField) -> Diagnostic {
        error("the header names the column \"\(name)\" twice",
              line: field.line, column: field.column, code: Self.duplicateColumnNameCode,
              hint: "the first is at line \(first.line), column \(first.column); rename or delete one of them",
              length: field.width)
    }

    func emptyFile() -> Diagnostic {
        Diagnostic.error("the table is empty, without even a header naming its columns",
                         path: path, line: 1, column: 1, code: Self.emptyFileCode,
                         hint: "export the sheet again from Excel as CSV, with its header row")
    }

    private func error(_ message: String, line: Int, column: Int, code: String, hint: String, length: Int = 1) -> Diagnostic {
        .error(message, path: path, line: line, column: column, code: code, hint: hint,
               sourceLine: lines.line(line), length: length)
    }

    private func fields(_ count: Int) -> String {
        count == 1 ? "1 field" : "\(count) fields"
    }

    /// An unquoted field like ` "a, b"` whose quote was meant to open.
    private func quoteAfterSpace(_ field: CSVField) -> Bool {
        guard !field.isQuoted else { return false }
        let rest = field.text.unicodeScalars.drop { $0 == " " || $0 == "\t" }
        return rest.first == "\"" && rest.count < field.text.unicodeScalars.count
    }
}
