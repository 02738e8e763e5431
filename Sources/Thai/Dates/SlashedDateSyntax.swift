/// Day/month/year with slashes, as Thai Excel exports dates to CSV
/// (`30/9/2556`, sometimes with a time `30/9/2556 0:00`). Day first, always:
/// that is the Thai order, and month-first files do not come from Thai Excel.
enum SlashedDateSyntax {
    static let hint = "write the year with four digits, e.g. 30/9/2556 or 30/9/2013"

    static func parse(_ scanner: inout DateScanner) throws(DateParseError) -> ParsedDate {
        let dayStart = scanner.position
        guard let day = scanner.digits(), day.count <= 2 else {
            scanner.position = dayStart
            throw scanner.unexpected("a day of one or two digits first, as in 30/9/2556",
                                     hint: "write slashed dates day first, 30/9/2556, or use 2013-09-30")
        }
        _ = scanner.consume("/")
        let monthStart = scanner.position
        guard let month = scanner.digits(), month.count <= 2 else {
            scanner.position = monthStart
            throw scanner.unexpected("a month number after “/”")
        }
        guard scanner.consume("/") else {
            throw scanner.unexpected("“/” before the year", hint: hint)
        }
        let yearStart = scanner.position
        guard let year = scanner.digits() else {
            throw scanner.unexpected("a four-digit year", hint: hint)
        }
        guard year.count == 4 else {
            let message = year.count == 2
                ? "The two-digit year \(year.value) could be BE or CE."
                : "The year must have four digits."
            throw DateParseError(year.count == 2 ? .ambiguousYear : .unrecognised, message,
                                 hint: hint, offset: yearStart)
        }
        let gregorian = try DateFieldRules.gregorianYear(year.value, era: nil, offset: yearStart)
        var parsed = ParsedDate(civil: try DateFieldRules.validate(
            CivilDate(year: gregorian, month: month.value, day: day.value),
            writtenYear: year.value, monthOffset: monthStart, dayOffset: dayStart))
        if scanner.skipSpaces(), !scanner.isAtEnd {
            try TimeSyntax.parseTime(&scanner, into: &parsed)
        }
        return parsed
    }
}
