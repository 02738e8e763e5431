/// A cursor over the Unicode scalars of a date, so every error can report
/// the scalar offset where it starts.
///
/// Scalars rather than `Character`s because Thai combining marks would make
/// grapheme offsets differ from what editors count as columns.
struct DateScanner {
    let scalars: [Unicode.Scalar]
    var position: Int
    /// One past the last scalar that is not trailing whitespace.
    let end: Int

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, Self.isSpace(scalars[start]) { start += 1 }
        while end > start, Self.isSpace(scalars[end - 1]) { end -= 1 }
        position = start
        self.end = end
    }

    /// Whitespace, including the zero-width space Thai word processors insert
    /// between words and the byte-order mark Excel leaves at the start.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value == 0x200B || scalar.value == 0xFEFF
    }

    var isAtEnd: Bool { position >= end }

    var current: Unicode.Scalar? { position < end ? scalars[position] : nil }

    /// Skips whitespace; true if there was any.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = position
        while let scalar = current, Self.isSpace(scalar) { position += 1 }
        return position > start
    }

    /// The run of ASCII or Thai digits at the cursor, consumed, or nil if there is none.
    /// `count` is the number of digits, so callers can insist on `2555` over `55`.
    mutating func digits() -> (value: Int, count: Int)? {
        var value = 0
        var count = 0
        while let scalar = current, let digit = ThaiDigits.value(of: scalar) {
            // Cap the value: the count alone rejects such runs.
            if count < 18 { value = value * 10 + digit }
            count += 1
            position += 1
        }
        return count > 0 ? (value, count) : nil
    }

    /// The digit run at the cursor and the scalar after it, without consuming.
    func peekDigitRun() -> (count: Int, next: Unicode.Scalar?) {
        var index = position
        while index < end, ThaiDigits.value(of: scalars[index]) != nil { index += 1 }
        return (index - position, index < end ? scalars[index] : nil)
    }

    /// Consumes `literal` if the text at the cursor starts with it.
    mutating func consume(_ literal: String) -> Bool {
        var index = position
        for scalar in literal.unicodeScalars {
            guard index < end, scalars[index] == scalar else { return false }
            index += 1
        }
        position = index
        return true
    }

    /// Consumes the first of `literals` the text starts with; returns its index.
    mutating func consume(oneOf literals: [String]) -> Int? {
        literals.firstIndex { consume($0) }
    }

    /// The run of scalars that are neither digits nor whitespace, consumed.
    mutating func word() -> String {
        var scalars = String.UnicodeScalarView()
        while let scalar = current, ThaiDigits.value(of: scalar) == nil, !Self.isSpace(scalar) {
            scalars.append(scalar)
            position += 1
        }
        return String(scalars)
    }

    /// Up to 20 scalars from the cursor, to quote in an error message.
    func excerpt() -> String {
        let stop = min(end, position + 20)
        guard position < stop else { return "" }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[position..<stop])
        return String(text) + (stop < end ? "…" : "")
    }

    /// An error for text the grammar did not expect at the cursor.
    func unexpected(_ expectation: String, hint: String = DateParseError.defaultHint) -> DateParseError {
        let found = isAtEnd ? "the end of the text" : "“\(excerpt())”"
        return DateParseError(.unrecognised, "Expected \(expectation) but found \(found).", hint: hint, offset: position)
    }
}
