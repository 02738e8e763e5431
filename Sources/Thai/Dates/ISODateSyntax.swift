/// `2012-09-20`, optionally followed by `T` (or a space) and a time and offset:
/// the form front matter uses. Month and day may have one digit, since people
/// type `2012-9-20`; the year must have four, since its size decides the era.
enum ISODateSyntax {
    static func parse(_ scanner: inout DateScanner) throws(DateParseError) -> ParsedDate {
        let yearStart = scanner.position
        guard let year = scanner.digits(), year.count == 4 else {
            scanner.position = yearStart
            throw scanner.unexpected("a four-digit year such as 2012-09-20")
        }
        _ = scanner.consume("-")
        let monthStart = scanner.position
        guard let month = scanner.digits(), month.count <= 2 else {
            scanner.position = monthStart
            throw scanner.unexpected("a month number after “-”")
        }
        guard scanner.consume("-") else {
            throw scanner.unexpected("“-” before the day")
        }
        let dayStart = scanner.position
        guard let day = scanner.digits(), day.count <= 2 else {
            scanner.position = dayStart
            throw scanner.unexpected("a day number after “-”")
        }
        let gregorian = try DateFieldRules.gregorianYear(year.value, era: nil, offset: yearStart)
        var parsed = ParsedDate(civil: try DateFieldRules.validate(
            CivilDate(year: gregorian, month: month.value, day: day.value),
            writtenYear: year.value, monthOffset: monthStart, dayOffset: dayStart))

        let separatorStart = scanner.position
        let hasT = scanner.consume("T") || scanner.consume("t")
        let hasSpace = !hasT && scanner.skipSpaces()
        if scanner.isAtEnd {
            if hasT { throw scanner.unexpected("a time after “T”") }
            return parsed
        }
        guard hasT || hasSpace else {
            scanner.position = separatorStart
            throw scanner.unexpected("“T” and a time after the date")
        }
        try TimeSyntax.parseTime(&scanner, into: &parsed)
        scanner.skipSpaces()
        try TimeSyntax.parseOffset(&scanner, into: &parsed)
        return parsed
    }
}
