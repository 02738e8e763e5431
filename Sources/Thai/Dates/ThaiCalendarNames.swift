import Foundation

/// Thai names of months and weekdays, and the Buddhist-era offset.
///
/// Kept as fixed tables rather than read from a Thai locale, because ICU and
/// Foundation versions disagree on abbreviations and Linux has crashed on some
/// Thai locale identifiers; the published site must not change with the machine.
///
/// ```swift
/// ThaiCalendarNames.month(10)                 // "ตุลาคม"
/// ThaiCalendarNames.monthAbbreviation(10)     // "ต.ค."
/// ThaiCalendarNames.weekday(2)                // "จันทร์"
/// ThaiCalendarNames.buddhistYear(2012)        // 2555
/// ```
public enum ThaiCalendarNames {
    /// Years between the Common era and the Buddhist era (BE = CE + 543).
    public static let buddhistEraOffset = 543

    /// Full month names, January first.
    public static let months = [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ]

    /// Month abbreviations as official documents write them, January first.
    public static let monthAbbreviations = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ]

    /// Weekday names without the `วัน` prefix, Sunday first (as `Calendar` counts).
    public static let weekdays = [
        "อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์",
    ]

    /// The full name of `month` (1 = January), or nil outside 1...12.
    public static func month(_ month: Int) -> String? {
        (1...12).contains(month) ? months[month - 1] : nil
    }

    /// The abbreviation of `month` (1 = January), or nil outside 1...12.
    public static func monthAbbreviation(_ month: Int) -> String? {
        (1...12).contains(month) ? monthAbbreviations[month - 1] : nil
    }

    /// The name of `weekday` (1 = Sunday … 7 = Saturday), or nil outside 1...7.
    public static func weekday(_ weekday: Int) -> String? {
        (1...7).contains(weekday) ? weekdays[weekday - 1] : nil
    }

    /// The Buddhist-era year of a Gregorian year.
    public static func buddhistYear(_ gregorianYear: Int) -> Int {
        gregorianYear + buddhistEraOffset
    }

    /// The Gregorian year of a Buddhist-era year.
    public static func gregorianYear(_ buddhistYear: Int) -> Int {
        buddhistYear - buddhistEraOffset
    }

    /// The Buddhist-era year `date` falls in, reading the calendar in `timeZone`
    /// (a release at 00:30 on 1 January in Bangkok is already in the new year).
    public static func buddhistYear(of date: Date, in timeZone: TimeZone) -> Int {
        buddhistYear(LocalDateTime(date, in: timeZone).civil.year)
    }
}
