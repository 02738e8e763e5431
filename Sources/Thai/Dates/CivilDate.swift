import Foundation

/// A day in the proleptic Gregorian calendar, with no time zone attached.
///
/// Parsing validates and converts with plain integer arithmetic, so the
/// result cannot depend on the machine's locale, zone or calendar settings.
///
/// ```swift
/// CivilDate(year: 2012, month: 10, day: 1).weekday   // 2 (Monday)
/// ```
struct CivilDate: Hashable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    /// Leap years of the Gregorian calendar; Thai BE years follow the same rule
    /// once converted (BE 2555 = CE 2012 is a leap year).
    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
    init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// 1 = Sunday … 7 = Saturday, as `Calendar` numbers weekdays.
    var weekday: Int {
        let d = daysSinceEpoch
        // 1970-01-01 was a Thursday (5).
        return ((d % 7 + 7) % 7 + 4) % 7 + 1
    }

    /// The instant this day's `hour:minute:second` happens in `timeZone`.
    ///
    /// Done by hand rather than with `Calendar.date(from:)`, which returns an
    /// optional: the zone offset is looked up for a first guess, then looked up
    /// again at that guess so days on which daylight saving changes come out right.
    func date(hour: Int = 0, minute: Int = 0, second: Int = 0, in timeZone: TimeZone) -> Date {
        let local = daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second
        let firstOffset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
        let guess = local - firstOffset
        let secondOffset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess)))
        return Date(timeIntervalSince1970: TimeInterval(local - secondOffset))
    }
}

/// The wall-clock reading of an instant in one time zone.
///
/// Only the zone's offset at that instant is looked up; the rest is integer
/// arithmetic on the proleptic Gregorian calendar, never the machine's
/// calendar or zone (a news item at 03:00 in Bangkok is still the previous
/// day in UTC). A `Calendar` per reading showed in profiles of 10,000 pages.
struct LocalDateTime: Sendable {
    var civil: CivilDate
    var hour: Int
    var minute: Int
    var second: Int
    /// 1 = Sunday … 7 = Saturday.
    var weekday: Int { civil.weekday }
    /// Seconds east of UTC at that instant.
    var offset: Int

    init(_ date: Date, in timeZone: TimeZone) {
        offset = timeZone.secondsFromGMT(for: date)
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let (days, seconds) = local.quotientAndRemainder(dividingBy: 86_400)
        let (day, secondOfDay) = seconds < 0 ? (days - 1, seconds + 86_400) : (days, seconds)
        civil = CivilDate(daysSinceEpoch: day)
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
    }
}
