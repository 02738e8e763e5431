/// Why a date could not be read, and where.
///
/// Dates come from front matter and spreadsheets typed by people, so the error
/// says in one sentence what is wrong, suggests a form that works, and gives
/// the offset (in Unicode scalars, 0-based) where the problem starts, so the
/// caller can point a caret at file:line:column.
///
/// ```swift
/// do { _ = try parser.parse("31 กันยายน 2555") }
/// catch { print(error.message, error.offset) }
/// // "September 2555 has 30 days, not 31." 0
/// ```
public struct DateParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of mistake, for callers that react differently to each.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Nothing but whitespace.
        case empty
        /// Text that is not a date form this parser knows.
        case unrecognised
        /// A month number outside 1–12.
        case invalidMonth
        /// A day that month does not have (31 September, 29 February 2013).
        case invalidDay
        /// An hour above 23, a minute or second above 59.
        case invalidTime
        /// A UTC offset that is malformed or out of range.
        case invalidOffset
        /// A Thai month name not in the tables.
        case unknownMonthName
        /// A weekday name not in the tables.
        case unknownWeekday
        /// A two-digit year where the century cannot be told.
        case ambiguousYear
        /// `พ.ศ.` before a Gregorian-looking year, or `ค.ศ.` before a Buddhist one.
        case eraMismatch
        /// The weekday written does not fall on that date.
        case weekdayMismatch
    }

    /// The hint given when nothing more specific applies.
    public static let defaultHint =
        "write dates as 2012-09-20, 2012-09-20T10:00+07:00 or 20 กันยายน 2555"

    public let kind: Kind
    /// One English sentence; Thai text from the input is quoted as is.
    public let message: String
    /// What to write instead.
    public let hint: String
    /// 0-based offset, in Unicode scalars, into the text given to the parser.
    public let offset: Int

    public init(_ kind: Kind, _ message: String, hint: String = DateParseError.defaultHint, offset: Int) {
        self.kind = kind
        self.message = message
        self.hint = hint
        self.offset = offset
    }

    public var description: String { "\(message) (\(hint))" }
}
