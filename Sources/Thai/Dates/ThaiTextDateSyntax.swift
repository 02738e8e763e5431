/// `[วันที่ | วัน<weekday>[ที่]] day month [พ.ศ. | ค.ศ.] year [[เวลา] 10.00 [น.]]`:
/// the way press releases and letters write dates.
///
/// Month abbreviations match with or without dots (`ก.ย.`, `ก.ย`, `กย`), because
/// typists drop them; a two-digit year is BE 25xx, as in `1 ต.ค. 55`.
enum ThaiTextDateSyntax {
    static let monthHint = "write a Thai month name such as กันยายน or ก.ย."

    static func parse(_ scanner: inout DateScanner) throws(DateParseError) -> ParsedDate {
        let weekday = try prefix(&scanner)
        scanner.skipSpaces()

        let dayStart = scanner.position
        guard let day = scanner.digits(), day.count <= 2 else {
            scanner.position = dayStart
            throw scanner.unexpected("a date")
        }
        scanner.skipSpaces()

        let monthStart = scanner.position
        let monthWord = scanner.word()
        guard !monthWord.isEmpty else {
            throw scanner.unexpected("a Thai month name after the day", hint: monthHint)
        }
        var (month, era) = monthAndEra(monthWord)
        guard let month else {
            throw DateParseError(.unknownMonthName, "Unknown month name “\(monthWord)”.",
                                 hint: monthHint, offset: monthStart)
        }
        scanner.skipSpaces()

        if era == nil {
            let eraStart = scanner.position
            let eraWord = scanner.word()
            if !eraWord.isEmpty {
                era = self.era(undotted(eraWord))
                guard era != nil else {
                    scanner.position = eraStart
                    throw scanner.unexpected("a year, or พ.ศ. before it")
                }
                scanner.skipSpaces()
            }
        }

        let yearStart = scanner.position
        guard let year = scanner.digits() else {
            throw scanner.unexpected("a year such as 2555")
        }
        let writtenYear: Int
        switch year.count {
        case 4:
            writtenYear = year.value
        case 2 where era != .gregorian:
            writtenYear = 2500 + year.value
        case 2:
            throw DateParseError(.ambiguousYear, "The two-digit year ค.ศ. \(year.value) could be in any century.",
                                 hint: "write ค.ศ. years with four digits, e.g. ค.ศ. 2012", offset: yearStart)
        default:
            throw DateParseError(.unrecognised, "The year must have four digits, or two for BE 25xx.",
                                 hint: "write the year as 2555 or 55", offset: yearStart)
        }
        let gregorian = try DateFieldRules.gregorianYear(writtenYear, era: era, offset: yearStart)
        let civil = try DateFieldRules.validate(
            CivilDate(year: gregorian, month: month, day: day.value),
            writtenYear: writtenYear, monthOffset: nil, dayOffset: dayStart)

        if let weekday, weekday.value != civil.weekday {
            let name = ThaiCalendarNames.weekdays[weekday.value - 1]
            throw DateParseError(
                .weekdayMismatch,
                "\(day.value) \(ThaiCalendarNames.months[month - 1]) \(writtenYear) is a "
                    + "\(DateFieldRules.englishWeekdays[civil.weekday - 1]), not a "
                    + "\(DateFieldRules.englishWeekdays[weekday.value - 1]) (\(name)).",
                hint: "write วัน\(ThaiCalendarNames.weekdays[civil.weekday - 1])ที่ or check the date",
                offset: weekday.offset)
        }

        var parsed = ParsedDate(civil: civil)
        scanner.skipSpaces()
        if scanner.consume("เวลา") { scanner.skipSpaces() }
        if !scanner.isAtEnd {
            try TimeSyntax.parseTime(&scanner, into: &parsed, thaiStyle: true)
            scanner.skipSpaces()
            _ = scanner.consume(oneOf: ["น.", "น"])
        }
        return parsed
    }

    /// Reads `วันที่`, `วัน<weekday>ที่`, `วัน<weekday>` or nothing; returns the
    /// weekday (1 = Sunday) and where its name starts, if one was written.
    private static func prefix(_ scanner: inout DateScanner) throws(DateParseError) -> (value: Int, offset: Int)? {
        guard scanner.consume("วัน") else { return nil }
        scanner.skipSpaces()
        if scanner.consume("ที่") { return nil }
        let nameStart = scanner.position
        guard let index = scanner.consume(oneOf: weekdayNames.map(\.name)) else {
            let word = scanner.word()
            throw DateParseError(.unknownWeekday, "Unknown weekday “\(word)”.",
                                 hint: "write วันที่ 20 or a weekday such as วันพฤหัสบดีที่ 20",
                                 offset: nameStart)
        }
        scanner.skipSpaces()
        _ = scanner.consume("ที่")
        return (weekdayNames[index].weekday, nameStart)
    }

    /// Weekday names, longest first so `พฤหัสบดี` is not read as `พฤหัส`.
    private static let weekdayNames: [(name: String, weekday: Int)] = {
        var names = ThaiCalendarNames.weekdays.enumerated().map { ($0.element, $0.offset + 1) }
        names.append(("พฤหัส", 5))
        return names.sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
    }()

    /// The month a word names, and an era written against it without a space
    /// (`กันยายนพ.ศ.`). Both nil parts when the word is no month.
    private static func monthAndEra(_ word: String) -> (month: Int?, era: DateFieldRules.Era?) {
        let key = undotted(word)
        if let month = monthsByName[key] { return (month, nil) }
        for marker in ["พศ", "คศ"] where key.hasSuffix(marker) {
            let stem = String(key.unicodeScalars.dropLast(marker.unicodeScalars.count))
            if let month = monthsByName[stem] { return (month, era(marker)) }
        }
        return (nil, nil)
    }

    private static func era(_ undottedWord: String) -> DateFieldRules.Era? {
        switch undottedWord {
        case "พศ": .buddhist
        case "คศ": .gregorian
        default: nil
        }
    }

    private static func undotted(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.filter { $0 != "." }))
    }

    /// Full names, abbreviations, the informal short names (`กันยา`) and the
    /// common misspelling `กรกฏาคม` (ฏ for ฎ), all without dots.
    private static let monthsByName: [String: Int] = {
        var table: [String: Int] = [:]
        let informal = ["มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา",
                        "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา"]
        for month in 1...12 {
            table[ThaiCalendarNames.months[month - 1]] = month
            table[undotted(ThaiCalendarNames.monthAbbreviations[month - 1])] = month
            table[informal[month - 1]] = month
        }
        table["กรกฏาคม"] = 7
        table["กรกฏา"] = 7
        return table
    }()
}
