import Foundation

/// Writes dates for people: Buddhist era, Thai month names, a chosen digit style.
///
/// The time zone is a required argument because a site is published from
/// machines in UTC or New York while its readers live in Bangkok: 03:00 on
/// 1 October in Bangkok is 30 September anywhere west of it. No `DateFormatter`
/// or locale is involved, so the output is the same on every machine.
///
/// ```swift
/// let bangkok = TimeZone(identifier: "Asia/Bangkok")!
/// let formatter = ThaiDateFormatter(timeZone: bangkok)
/// formatter.string(from: date)                  // "1 ตุลาคม 2555"
/// formatter.string(from: date, style: .full)    // "วันจันทร์ที่ 1 ตุลาคม พ.ศ. 2555"
/// ThaiDateFormatter(timeZone: bangkok, digits: .thai)
///     .string(from: date)                       // "๑ ตุลาคม ๒๕๕๕"
/// ```
public struct ThaiDateFormatter: Sendable {
    /// The zone whose wall clock decides the day shown.
    public let timeZone: TimeZone
    /// Arabic or Thai digits for day, year and time.
    public let digits: ThaiDigits.Style

    public init(timeZone: TimeZone, digits: ThaiDigits.Style = .arabic) {
        self.timeZone = timeZone
        self.digits = digits
    }

    /// The date of `date` in `timeZone`, written in `style`.
    ///
    /// ```swift
    /// formatter.string(from: date, style: .short)   // "1 ต.ค. 55"
    /// ```
    public func string(from date: Date, style: ThaiDateStyle = .long) -> String {
        let local = LocalDateTime(date, in: timeZone)
        let day = local.civil.day
        let month = local.civil.month
        let year = ThaiCalendarNames.buddhistYear(local.civil.year)
        let monthName = ThaiCalendarNames.month(month) ?? ""
        let monthAbbreviation = ThaiCalendarNames.monthAbbreviation(month) ?? ""
        let text = switch style {
        case .full:
            "วัน\(ThaiCalendarNames.weekday(local.weekday) ?? "")ที่ \(day) \(monthName) พ.ศ. \(year)"
        case .long:
            "\(day) \(monthName) \(year)"
        case .medium:
            "\(day) \(monthAbbreviation) \(year)"
        case .short:
            "\(day) \(monthAbbreviation) \(twoDigits(year % 100))"
        }
        return ThaiDigits.apply(digits, to: text)
    }

    /// The wall-clock time of `date` in `timeZone`, as official Thai
    /// documents write it: a dot between hours and minutes, then น. (นาฬิกา).
    ///
    /// ```swift
    /// formatter.time(from: date)   // "10.00 น."
    /// ```
    public func time(from date: Date) -> String {
        let local = LocalDateTime(date, in: timeZone)
        return ThaiDigits.apply(digits, to: "\(twoDigits(local.hour)).\(twoDigits(local.minute)) น.")
    }

    private func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
