import Foundation

/// ISO 8601 text for machines: `<time datetime>`, feeds, the sitemap, JSON-LD.
///
/// Always Gregorian with an explicit offset (never `Z`), because a Thai-locale
/// formatter would write the BE year 2555 here, and because readers of the
/// feed should see the Bangkok wall clock, not UTC. Written by hand so the
/// output cannot vary with Foundation's formatter versions.
///
/// ```swift
/// let bangkok = TimeZone(identifier: "Asia/Bangkok")!
/// ISO8601Format.dateTime(date, timeZone: bangkok)   // "2012-09-20T10:00:00+07:00"
/// ISO8601Format.date(date, timeZone: bangkok)       // "2012-09-20"
/// ```
public enum ISO8601Format {
    /// `date` as `YYYY-MM-DDTHH:MM:SS±HH:MM` in `timeZone` (UTC is `+00:00`).
    /// Fractions of a second are dropped.
    public static func dateTime(_ date: Date, timeZone: TimeZone) -> String {
        let local = LocalDateTime(date, in: timeZone)
        let sign = local.offset < 0 ? "-" : "+"
        let offset = abs(local.offset)
        return day(local.civil)
            + "T\(pad(local.hour, 2)):\(pad(local.minute, 2)):\(pad(local.second, 2))"
            + "\(sign)\(pad(offset / 3_600, 2)):\(pad(offset % 3_600 / 60, 2))"
    }

    /// The day of `date` in `timeZone`, as `YYYY-MM-DD`.
    public static func date(_ date: Date, timeZone: TimeZone) -> String {
        day(LocalDateTime(date, in: timeZone).civil)
    }

    private static func day(_ civil: CivilDate) -> String {
        "\(pad(civil.year, 4))-\(pad(civil.month, 2))-\(pad(civil.day, 2))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }
}
