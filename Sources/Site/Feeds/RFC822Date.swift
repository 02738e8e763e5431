import Foundation
import Thai

/// Dates as RSS 2.0 wants them (RFC 822, with a four-digit year as RFC 1123
/// and the W3C feed validator expect): `Thu, 20 Sep 2012 10:00:00 +0700`.
///
/// English day and month names whatever the machine's locale, and a numeric
/// offset in the site's zone. The wall clock is taken from
/// ``ISO8601Format/dateTime(_:timeZone:)``, so an item's RSS date and its
/// Atom and JSON Feed dates cannot disagree.
enum RFC822Date {
    /// `date` in `timeZone`, e.g. `Thu, 20 Sep 2012 10:00:00 +0700`.
    static func string(_ date: Date, timeZone: TimeZone) -> String {
        // "YYYY-MM-DDTHH:MM:SS+HH:MM": the year may be longer than four
        // digits, everything after it has a fixed width.
        let iso = Array(ISO8601Format.dateTime(date, timeZone: timeZone).utf8)
        let time = iso.count - 14
        let year = String(decoding: iso[..<(time - 7)], as: UTF8.self)
        let month = Int(iso[time - 6] - 48) * 10 + Int(iso[time - 5] - 48)
        let day = String(decoding: iso[(time - 3)..<(time - 1)], as: UTF8.self)
        let clock = String(decoding: iso[time..<(time + 8)], as: UTF8.self)
        let offset = String(decoding: iso[(time + 8)..<(time + 11)] + iso[(time + 12)...], as: UTF8.self)
        return "\(weekdayName(date, timeZone: timeZone)), \(day) \(monthNames[month - 1]) \(year) \(clock) \(offset)"
    }

    /// The day of the week on the wall clock of `timeZone`: whole days since
    /// 1970-01-01 (a Thursday), counted as ISO8601Format counts them.
    private static func weekdayName(_ date: Date, timeZone: TimeZone) -> String {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return dayNames[((days % 7) + 7 + 4) % 7]
    }

    private static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
