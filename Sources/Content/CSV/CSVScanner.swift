/// Reads the records of a CSV file in one pass over its UTF-8 bytes.
///
/// RFC 4180, as Excel writes it: `,` between cells, LF between records (the
/// decoder has already turned CR LF into LF), `"` around a cell that holds
/// a comma, a quote or a line feed, and `""` for a quote inside one.
///
/// A `"` inside a cell that does not start with one is a literal quote, as
/// Excel reads it: `ขนาด 2" ท่อ` is one cell with a quote in it. Excel never
/// writes such a cell, but people editing a file by hand do, and the table
/// must mean what Excel shows them.
///
/// All special bytes are ASCII, so a multi-byte scalar can never be mistaken
/// for one; columns count the bytes that start a scalar.
struct CSVScanner {
    /// A record as read, before it is checked against the header.
    struct Record {
        var line: Int
        var rowNumber: Int
        var fields: [CSVField]
        /// Syntax errors in the record; a record with any is not used.
        var problems: [Problem]

        /// True for a record with no text at all: an empty line, or a row
        /// of commas, which is how Excel writes an empty row of the sheet.
        var isBlank: Bool { fields.allSatisfy { $0.text.isEmpty } }
    }

    enum Problem: Equatable {
        /// The quote that opens a cell at this place is never closed.
        case unclosedQuote(line: Int, column: Int)
        /// Text between a closing quote and the next comma or line end.
        case textAfterQuote(line: Int, column: Int, width: Int)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset: Int
    private var line = 1
    /// The column of the scalar that starts at `offset`.
    private var column = 1
    private var rowNumber = 0
    /// The bytes of a quoted cell, without its quotes and with `""` read as one.
    private var quoted = [UInt8]()

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int) {
        self.bytes = bytes
        self.offset = start
    }

    /// The next record, or nil at the end of the file. A line feed at the
    /// very end ends the last record; it does not start an empty one.
    mutating func next() -> Record? {
        guard offset < bytes.count else { return nil }
        rowNumber += 1
        var record = Record(line: line, rowNumber: rowNumber, fields: [], problems: [])
        while true {
            let field = offset < bytes.count && bytes[offset] == Self.quote
                ? quotedField(problems: &record.problems)
                : plainField()
            record.fields.append(field)
            guard offset < bytes.count else { return record }
            let separator = bytes[offset]
            advanceASCII()
            if separator == Self.lineFeed {
                line += 1
                column = 1
                return record
            }
        }
    }

    /// A cell from here to the next comma or line feed, as it is.
    private mutating func plainField() -> CSVField {
        let start = offset
        let startColumn = column
        skipToSeparator()
        return CSVField(text: text(start..<offset), line: line, column: startColumn)
    }

    /// A cell that starts with a quote: up to the matching closing quote,
    /// over commas and line feeds.
    private mutating func quotedField(problems: inout [Problem]) -> CSVField {
        let startLine = line
        let startColumn = column
        advanceASCII()
        quoted.removeAll(keepingCapacity: true)
        var segment = offset
        while true {
            guard offset < bytes.count else {
                problems.append(.unclosedQuote(line: startLine, column: startColumn))
                quoted += bytes[segment..<offset]
                return CSVField(text: String(decoding: quoted, as: UTF8.self), line: startLine, column: startColumn, isQuoted: true)
            }
            let byte = bytes[offset]
            if byte == Self.quote {
                if offset + 1 < bytes.count && bytes[offset + 1] == Self.quote {
                    // Keep the first of the two quotes.
                    quoted += bytes[segment...offset]
                    advanceASCII()
                    advanceASCII()
                    segment = offset
                    continue
                }
                quoted += bytes[segment..<offset]
                advanceASCII()
                break
            }
            if byte == Self.lineFeed {
                offset += 1
                line += 1
                column = 1
            } else {
                advance()
            }
        }
        let field = CSVField(text: String(decoding: quoted, as: UTF8.self), line: startLine, column: startColumn, isQuoted: true)
        if offset < bytes.count && bytes[offset] != Self.comma && bytes[offset] != Self.lineFeed {
            let strayLine = line
            let strayColumn = column
            skipToSeparator()
            problems.append(.textAfterQuote(line: strayLine, column: strayColumn, width: column - strayColumn))
        }
        return field
    }

    private mutating func skipToSeparator() {
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == Self.comma || byte == Self.lineFeed { return }
            advance()
        }
    }

    /// Past one byte, counting a column when it starts a scalar.
    @inline(__always)
    private mutating func advance() {
        if bytes[offset] & 0xC0 != 0x80 { column += 1 }
        offset += 1
    }

    @inline(__always)
    private mutating func advanceASCII() {
        offset += 1
        column += 1
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
