/// Why a number or an amount could not be read, and where.
///
/// Amounts end up in printed budget briefs, so the parser refuses anything it
/// would have to guess at; this error tells the person who typed the value
/// what to fix. `offset` counts Unicode scalars from the start of the original
/// text (before trimming), so a caller can point at the column in a CSV cell.
///
/// ```swift
/// do { _ = try ThaiNumber.parse("12,50,000") }
/// catch { print(error.offset, error.message) }  // 2 "A comma must separate groups of exactly three digits."
/// ```
public struct NumberParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for callers that react differently to each problem.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// Nothing but spaces (or nothing at all).
        case empty
        /// A character that has no place in a number, such as a letter.
        case unexpectedCharacter
        /// A comma that is not proper thousands grouping, such as `1,25`.
        case misplacedComma
        /// A second decimal point.
        case extraDecimalPoint
        /// A decimal point with no digit before or after it.
        case missingDigits
        /// More significant digits than `Decimal` holds exactly (38).
        case tooManyDigits
        /// Too large, or too many decimal places, for `Decimal`'s exponent
        /// (beyond about 10^165 or 10^-128), which would otherwise become NaN or 0.
        case outOfRange
    }

    /// Which problem this is.
    public let kind: Kind
    /// One English sentence saying what is wrong.
    public let message: String
    /// How to write the value instead.
    public let hint: String
    /// 0-based offset, in Unicode scalars of the original text, where the problem starts.
    public let offset: Int

    /// Makes an error; the parser is the usual source.
    public init(kind: Kind, message: String, hint: String, offset: Int) {
        self.kind = kind
        self.message = message
        self.hint = hint
        self.offset = offset
    }

    /// `message (at offset N). hint`, for logs; diagnostics should use the fields.
    public var description: String {
        "\(message) (at offset \(offset)). \(hint)"
    }
}
