/// Rules shared by every date form: which era a year is in, which days exist.
enum DateFieldRules {
    /// Four-digit years from here on are Buddhist era. BE 2400 is CE 1857, long
    /// before any document on the site; CE 2400 is far after it.
    static let firstBuddhistYear = 2400

    enum Era { case buddhist, gregorian }

    /// The Gregorian year of a four-digit `year` as written, with the era it was
    /// marked with (`พ.ศ.`, `ค.ศ.`) if any. A marked era that contradicts the
    /// year's size is an error: `พ.ศ. 2012` is a slip, not the year 1469.
    static func gregorianYear(_ year: Int, era: Era?, offset: Int) throws(DateParseError) -> Int {
        switch era {
        case .buddhist where year < firstBuddhistYear:
            throw DateParseError(
                .eraMismatch, "พ.ศ. \(year) is before พ.ศ. \(firstBuddhistYear); it looks like a Gregorian year.",
                hint: "write พ.ศ. \(year + ThaiCalendarNames.buddhistEraOffset) or ค.ศ. \(year)", offset: offset)
        case .gregorian where year >= firstBuddhistYear:
            throw DateParseError(
                .eraMismatch, "ค.ศ. \(year) is after ค.ศ. \(firstBuddhistYear - 1); it looks like a Buddhist-era year.",
                hint: "write พ.ศ. \(year) or ค.ศ. \(year - ThaiCalendarNames.buddhistEraOffset)", offset: offset)
        case .buddhist:
            return ThaiCalendarNames.gregorianYear(year)
        case .gregorian:
            return year
        case nil:
            return year >= firstBuddhistYear ? ThaiCalendarNames.gregorianYear(year) : year
        }
    }

    /// `civil` if its month and day exist; `writtenYear` is the year as the user
    /// wrote it, so a BE date is reported in BE.
    static func validate(
        _ civil: CivilDate, writtenYear: Int, monthOffset: Int?, dayOffset: Int
    ) throws(DateParseError) -> CivilDate {
        guard (1...12).contains(civil.month) else {
            throw DateParseError(
                .invalidMonth, "There is no month \(civil.month); months are numbered 1 to 12.",
                offset: monthOffset ?? dayOffset)
        }
        let days = CivilDate.daysInMonth(civil.month, year: civil.year)
        guard (1...days).contains(civil.day) else {
            let monthName = englishMonths[civil.month - 1]
            let message = civil.day == 0
                ? "There is no day 0 in \(monthName)."
                : "\(monthName) \(writtenYear) has \(days) days, not \(civil.day)."
            let hint = civil.month == 2 && civil.day == 29
                ? "\(writtenYear) is not a leap year; February ends on the 28th"
                : "check the day and the month"
            throw DateParseError(.invalidDay, message, hint: hint, offset: dayOffset)
        }
        return civil
    }

    /// English names for error messages, which are in English.
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static let englishWeekdays = [
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    ]
}
