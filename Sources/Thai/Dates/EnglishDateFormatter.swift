import Foundation

/// Writes dates for the site's English pages (`lang: en`): Gregorian year,
/// English month names, in the site's zone, never the machine's locale.
///
/// ```swift
/// let formatter = EnglishDateFormatter(timeZone: bangkok)
/// formatter.string(from: date)                 // "20 September 2012"
/// formatter.string(from: date, style: .full)   // "Thursday, 20 September 2012"
/// ```
public struct EnglishDateFormatter: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The date of `date` in `timeZone`, in the same four styles as the Thai dates.
    public func string(from date: Date, style: ThaiDateStyle = .long) -> String {
        let civil = LocalDateTime(date, in: timeZone).civil
        let month = Self.months[civil.month - 1]
        return switch style {
        case .full: "\(Self.weekdays[civil.weekday - 1]), \(civil.day) \(month) \(civil.year)"
        case .long: "\(civil.day) \(month) \(civil.year)"
        case .medium: "\(civil.day) \(month.prefix(3)) \(civil.year)"
        case .short: "\(civil.day)/\(civil.month)/\(civil.year)"
        }
    }

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                 "October", "November", "December"]
    private static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
}
