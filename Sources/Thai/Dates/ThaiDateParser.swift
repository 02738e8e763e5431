import Foundation

/// Reads the dates people write in front matter, press releases and Thai Excel exports.
///
/// Accepted forms (surrounding whitespace ignored, Thai digits anywhere):
/// - ISO 8601: `2012-09-20`, `2012-09-20T10:00`, `2012-09-20 10:00:00.5+07:00`, `…Z`, `…+0700`;
/// - Thai: `20 กันยายน 2555`, `วันพฤหัสบดีที่ 20 ก.ย. พ.ศ. 2555`, `๒๐ กย ๕๕`, `20 ก.ย. ค.ศ. 2012`;
/// - slashed day/month/year as Thai Excel exports it: `30/9/2556`, `30/09/2012 0:00`.
///
/// A four-digit year of 2400 or more is Buddhist era (`2555-09-20` is 2012-09-20),
/// because Thai staff type BE years into ISO-looking fields and no Gregorian date
/// on a government site is that far ahead. A date or time without an offset is
/// read in the parser's `timeZone`, never the machine's.
///
/// ```swift
/// let parser = ThaiDateParser(timeZone: TimeZone(identifier: "Asia/Bangkok")!)
/// try parser.parse("20 กันยายน 2555")   // 2012-09-19T17:00:00Z
/// try parser.parse("2012-09-20")        // the same instant
/// try parser.parse("31/9/2556")         // throws: September 2556 has 30 days, not 31.
/// ```
public struct ThaiDateParser: Sendable {
    /// The zone for dates and times written without an offset (the site's zone).
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The instant `text` names; a date alone is midnight in `timeZone`.
    public func parse(_ text: String) throws(DateParseError) -> Date {
        let parsed = try Self.parseFields(text)
        return parsed.date(in: timeZone)
    }

    /// The fields of `text`, before a zone is applied.
    static func parseFields(_ text: String) throws(DateParseError) -> ParsedDate {
        var scanner = DateScanner(text)
        guard !scanner.isAtEnd else {
            throw DateParseError(.empty, "The date is empty.", offset: 0)
        }
        let run = scanner.peekDigitRun()
        let parsed: ParsedDate
        switch run.next {
        case "-" where run.count > 0:
            parsed = try ISODateSyntax.parse(&scanner)
        case "/" where run.count > 0:
            parsed = try SlashedDateSyntax.parse(&scanner)
        default:
            parsed = try ThaiTextDateSyntax.parse(&scanner)
        }
        scanner.skipSpaces()
        guard scanner.isAtEnd else {
            throw scanner.unexpected("nothing after the date")
        }
        return parsed
    }
}

/// Date and time fields as written, validated, with the offset if one was given.
struct ParsedDate: Sendable {
    var civil: CivilDate
    var hour = 0
    var minute = 0
    var second = 0
    var fraction = 0.0
    /// Seconds east of UTC, when the text said so.
    var offset: Int?

    func date(in timeZone: TimeZone) -> Date {
        let whole: Date
        if let offset {
            let local = civil.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second
            whole = Date(timeIntervalSince1970: TimeInterval(local - offset))
        } else {
            whole = civil.date(hour: hour, minute: minute, second: second, in: timeZone)
        }
        return fraction == 0 ? whole : whole.addingTimeInterval(fraction)
    }
}
