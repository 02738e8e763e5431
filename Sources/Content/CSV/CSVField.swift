/// One cell of a CSV table: its text and where it starts in the file.
///
/// The position is where the cell starts in the file, 1-based, with columns
/// counted in Unicode scalars (as ``Diagnostics/Diagnostic`` counts them); for
/// a quoted cell it is the opening quote. A check that runs long after
/// parsing can still point at the cell:
///
/// ```swift
/// let budget = row["budget"]!              // text "12,500,000", line 7, column 41
/// table.diagnostic(.error, "quarters do not add up to the budget", at: budget, code: "plan-quarters")
/// ```
///
/// The text is as the file has it, less the quotes of a quoted cell and with
/// each doubled quote (`""`) read as one; whitespace is kept, so call
/// ``trimmed()`` where it does not matter.
public struct CSVField: Sendable, Hashable {
    /// The value, unquoted; may contain commas, quotes and line feeds.
    public let text: String
    /// The 1-based line where the cell starts.
    public let line: Int
    /// The 1-based column, in Unicode scalars, where the cell starts.
    public let column: Int
    /// True when the cell is written in double quotes in the file.
    public let isQuoted: Bool
    /// True when each `"` of `text` is written `""` in the file: so for the
    /// cells of a quoted field, and for the items and trimmed parts of them.
    let quotesDoubled: Bool

    public init(text: String, line: Int, column: Int, isQuoted: Bool = false) {
        self.init(text: text, line: line, column: column, isQuoted: isQuoted, quotesDoubled: isQuoted)
    }

    init(text: String, line: Int, column: Int, isQuoted: Bool, quotesDoubled: Bool) {
        self.text = text
        self.line = line
        self.column = column
        self.isQuoted = isQuoted
        self.quotesDoubled = quotesDoubled
    }

    /// How many scalars the cell takes on its first line of the file: what a
    /// caret under it should underline (at least 1).
    public var width: Int {
        var width = isQuoted ? 1 : 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" { return max(width, 1) }
            width += quotesDoubled && scalar == "\"" ? 2 : 1
        }
        return max(width + (isQuoted ? 1 : 0), 1)
    }

    /// The cell without whitespace at either end, at the position of its
    /// first remaining scalar; `self` when there is nothing to trim.
    ///
    /// ```swift
    /// // The cell `  ctt ` at line 3, column 10:
    /// field.trimmed()   // text "ctt", line 3, column 12
    /// ```
    public func trimmed() -> CSVField {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else {
            // Nothing left: point at the cell itself.
            return CSVField(text: "", line: line, column: column, isQuoted: isQuoted, quotesDoubled: quotesDoubled)
        }
        let end = scalars.index(after: last)
        if first == scalars.startIndex && end == scalars.endIndex { return self }
        return part(String(scalars[first..<end]), at: scalars.distance(from: scalars.startIndex, to: first))
    }

    /// The items of a list written in one cell, such as `ctt; cbd;fund` in
    /// the `support` column: split at `separator`, trimmed, empty items left
    /// out, each at its own line and column so a problem with one item
    /// points at that item.
    ///
    /// ```swift
    /// // The cell `ctt; cbd;fund` at line 4, column 30:
    /// field.items().map(\.text)     // ["ctt", "cbd", "fund"]
    /// field.items().map(\.column)   // [30, 35, 39]
    /// ```
    public func items(separatedBy separator: Unicode.Scalar = ";") -> [CSVField] {
        var items = [CSVField]()
        var itemStart = 0
        var offset = 0
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        func finishItem() {
            let item = part(String(scalars[start..<index]), at: itemStart).trimmed()
            if !item.text.isEmpty { items.append(item) }
        }
        while index != scalars.endIndex {
            if scalars[index] == separator {
                finishItem()
                start = scalars.index(after: index)
                itemStart = offset + 1
            }
            index = scalars.index(after: index)
            offset += 1
        }
        finishItem()
        return items
    }

    /// A part of the text that starts `offset` scalars into it, at its own place in the file.
    private func part(_ text: String, at offset: Int) -> CSVField {
        let (line, column) = position(ofScalar: offset)
        return CSVField(text: text, line: line, column: column, isQuoted: false, quotesDoubled: quotesDoubled)
    }

    /// The line and column in the file of the scalar `offset` scalars into the text.
    func position(ofScalar offset: Int) -> (line: Int, column: Int) {
        var line = self.line
        var column = self.column + (isQuoted ? 1 : 0)
        for scalar in text.unicodeScalars.prefix(offset) {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += quotesDoubled && scalar == "\"" ? 2 : 1
            }
        }
        return (line, column)
    }
}
