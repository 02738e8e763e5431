import Foundation

/// The state machine behind `ThaiNumber`: one pass over the Unicode scalars,
/// so every error can name the scalar offset where it starts.
struct NumberScanner {
    private let scalars: [Unicode.Scalar]
    private let allowsBahtUnit: Bool

    /// `Decimal` keeps at most 38 significant digits exactly; beyond that it
    /// would round, and a rounded budget is a wrong budget.
    static let maximumSignificantDigits = 38
    /// `Decimal`'s exponent range; outside it `Decimal(sign:exponent:significand:)`
    /// silently gives NaN or 0 instead of failing.
    static let exponentRange = -128...127

    init(_ text: some StringProtocol, allowsBahtUnit: Bool) {
        self.scalars = Array(text.unicodeScalars)
        self.allowsBahtUnit = allowsBahtUnit
    }

    func scan() throws(NumberParseError) -> Decimal {
        var start = 0
        var end = scalars.count
        trimPadding(&start, &end)
        if start == end {
            throw NumberParseError(
                kind: .empty, message: "The number is empty.",
                hint: "Write a number such as 12,500,000 or 12500000.00.", offset: start)
        }
        if allowsBahtUnit {
            try stripMoneySuffixes(start, &end)
        }

        var index = start
        let negative = scalars[index] == "-"
        if negative {
            index += 1
            if index == end {
                throw NumberParseError(
                    kind: .missingDigits, message: "A minus sign must be followed by digits.",
                    hint: "Write negative numbers as -1,500.", offset: start)
            }
        }
        let firstDigit = index
        let digits = try scanDigits(from: index, to: end)
        return try decimal(negative: negative, integer: digits.integer,
                           fraction: digits.fraction, offset: firstDigit)
    }

    // MARK: - Trimming

    /// Spaces, and the invisible characters that copy-paste from Word and
    /// Excel leaves at the ends of cells (zero-width space, byte-order mark).
    private static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
    }

    private func trimPadding(_ start: inout Int, _ end: inout Int) {
        while start < end, Self.isPadding(scalars[start]) { start += 1 }
        while end > start, Self.isPadding(scalars[end - 1]) { end -= 1 }
    }

    private static let baht: [Unicode.Scalar] = ["\u{0E1A}", "\u{0E32}", "\u{0E17}"]  // บาท

    /// Drops a trailing `บาท` and then a trailing `.-` (Thai for "exactly, no satang").
    private func stripMoneySuffixes(_ start: Int, _ end: inout Int) throws(NumberParseError) {
        let unitLength = Self.baht.count
        if end - start >= unitLength, Array(scalars[(end - unitLength)..<end]) == Self.baht {
            end -= unitLength
            var trimmedStart = start
            trimPadding(&trimmedStart, &end)
            if trimmedStart == end {
                throw NumberParseError(
                    kind: .empty, message: "There is no number before บาท.",
                    hint: "Write the amount before the unit, e.g. 12,500,000 บาท.", offset: start)
            }
        }
        // Only after a whole number: "1.5.-" is a typo, not 1.5.
        if end - start >= 3, scalars[end - 1] == "-", scalars[end - 2] == ".",
           ThaiDigits.value(of: scalars[end - 3]) != nil,
           !scalars[start..<(end - 2)].contains(".") {
            end -= 2
        }
    }

    // MARK: - Digits, commas and the decimal point

    private func scanDigits(from begin: Int, to end: Int) throws(NumberParseError)
        -> (integer: [UInt8], fraction: [UInt8]) {
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        var grouping = Grouping()
        var point: Int? = nil

        for index in begin..<end {
            let scalar = scalars[index]
            if let value = ThaiDigits.value(of: scalar) {
                if point == nil {
                    integer.append(UInt8(value))
                    grouping.digit()
                } else {
                    fraction.append(UInt8(value))
                }
            } else if scalar == "," {
                if point != nil {
                    throw NumberParseError(
                        kind: .misplacedComma, message: "A comma cannot come after the decimal point.",
                        hint: "Commas group thousands only: write 1,234.56.", offset: index)
                }
                try grouping.comma(at: index)
            } else if scalar == "." {
                if let point {
                    throw NumberParseError(
                        kind: .extraDecimalPoint, message: "The number has more than one decimal point.",
                        hint: "Use one point before the satang (12,500.50) and commas for thousands.",
                        offset: index).noting(firstPoint: point)
                }
                try grouping.end()
                if integer.isEmpty {
                    throw NumberParseError(
                        kind: .missingDigits, message: "A decimal point must have a digit before it.",
                        hint: "Write 0.5 rather than .5.", offset: index)
                }
                point = index
            } else {
                throw unexpected(at: index, before: end)
            }
        }
        if let point {
            if fraction.isEmpty {
                throw NumberParseError(
                    kind: .missingDigits, message: "A decimal point must have a digit after it.",
                    hint: "Write 12 or 12.00 rather than 12.", offset: point)
            }
        } else {
            try grouping.end()
        }
        return (integer, fraction)
    }

    /// The error for the scalar at `index`. A space followed by something
    /// other than a digit is reported at that something (`12 บาท` is about
    /// the unit, not the space).
    private func unexpected(at spaceOrOther: Int, before end: Int) -> NumberParseError {
        var index = spaceOrOther
        while index < end - 1, Self.isPadding(scalars[index]) { index += 1 }
        if ThaiDigits.value(of: scalars[index]) != nil || scalars[index] == "," || scalars[index] == "." {
            index = spaceOrOther
        }
        let scalar = scalars[index]
        let allowed = allowsBahtUnit
            ? "Use only digits (0-9 or ๐-๙), commas between thousands, one decimal point, a leading minus sign and an optional บาท at the end."
            : "Use only digits (0-9 or ๐-๙), commas between thousands, one decimal point and a leading minus sign."
        let code = scalar.codePoint
        switch scalar {
        case "-":
            return NumberParseError(
                kind: .unexpectedCharacter, message: "A minus sign can only come first.",
                hint: "Write negative numbers as -1,500.", offset: index)
        case "\u{0E3F}":  // ฿
            return NumberParseError(
                kind: .unexpectedCharacter, message: "The ฿ sign cannot be part of a number.",
                hint: allowsBahtUnit ? "Write 12,500,000 or 12,500,000 บาท." : "Write the number alone, e.g. 12,500,000.",
                offset: index)
        case _ where Self.isPadding(scalar):
            return NumberParseError(
                kind: .unexpectedCharacter, message: "A space (\(code)) cannot appear inside a number.",
                hint: "Remove the space; group thousands with commas, e.g. 12,500,000.", offset: index)
        default:
            return NumberParseError(
                kind: .unexpectedCharacter, message: "The character '\(scalar)' (\(code)) cannot appear in a number.",
                hint: allowed, offset: index)
        }
    }

    // MARK: - Building the Decimal

    private func decimal(negative: Bool, integer: [UInt8], fraction: [UInt8], offset: Int)
        throws(NumberParseError) -> Decimal {
        var digits = integer + fraction
        var exponent = -fraction.count
        while let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        let significant = digits.drop(while: { $0 == 0 })
        if significant.isEmpty { return 0 }
        if significant.count > Self.maximumSignificantDigits {
            throw NumberParseError(
                kind: .tooManyDigits,
                message: "The number has more than \(Self.maximumSignificantDigits) significant digits and cannot be kept exactly.",
                hint: "Check for a pasted or repeated value; amounts this long are almost certainly a mistake.",
                offset: offset)
        }
        if !Self.exponentRange.contains(exponent) {
            throw NumberParseError(
                kind: .outOfRange,
                message: "The number is too large or has too many decimal places to be kept exactly.",
                hint: "Check for a pasted or repeated value; amounts are in baht with at most two decimals.",
                offset: offset)
        }
        var significand = Decimal(0)
        for digit in significant {
            significand = significand * 10 + Decimal(Int(digit))
        }
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: significand)
    }
}

/// Checks that commas in the integer part are thousands separators:
/// a first group of 1–3 digits, then groups of exactly 3.
private struct Grouping {
    private var digitsInGroup = 0
    private var lastComma: Int? = nil

    mutating func digit() { digitsInGroup += 1 }

    mutating func comma(at index: Int) throws(NumberParseError) {
        if let lastComma {
            if digitsInGroup != 3 { throw Self.error(at: lastComma) }
        } else if digitsInGroup == 0 || digitsInGroup > 3 {
            throw Self.error(at: index)
        }
        lastComma = index
        digitsInGroup = 0
    }

    /// The integer part is over: the group after the last comma must be complete.
    func end() throws(NumberParseError) {
        if let lastComma, digitsInGroup != 3 { throw Self.error(at: lastComma) }
    }

    private static func error(at offset: Int) -> NumberParseError {
        NumberParseError(
            kind: .misplacedComma, message: "A comma must separate groups of exactly three digits.",
            hint: "Write 1,250,000 or 1250000; a comma in any other place may hide a typo.", offset: offset)
    }
}

private extension NumberParseError {
    /// Keeps the error at the second point but says where the first one was.
    func noting(firstPoint: Int) -> NumberParseError {
        NumberParseError(kind: kind, message: message,
                         hint: hint + " The first point is at offset \(firstPoint).", offset: offset)
    }
}
