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
/// Read with a Gregorian `Calendar` whose zone is set explicitly, never the
/// machine's: a news item at 03:00 in Bangkok is still the previous day in UTC.
struct LocalDateTime: Sendable {
    var civil: CivilDate
    var hour: Int
    var minute: Int
    var second: Int
    /// 1 = Sunday … 7 = Saturday.
    var weekday: Int
    /// Seconds east of UTC at that instant.
    var offset: Int

    init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        civil = CivilDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
        hour = c.hour ?? 0
        minute = c.minute ?? 0
        second = c.second ?? 0
        weekday = c.weekday ?? civil.weekday
        offset = timeZone.secondsFromGMT(for: date)
    }
}
