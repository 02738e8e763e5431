import Foundation

/// A Thai government fiscal year (ปีงบประมาณ), named by its Buddhist-era year.
///
/// Fiscal year 2556 runs from 1 October 2555 to 30 September 2556: a date in
/// October or later belongs to the next year's budget. Plans, their quarterly
/// spending and the dates of their projects are all checked against it, so
/// the boundaries are computed in the site's zone, never the machine's.
///
/// ```swift
/// let bangkok = TimeZone(identifier: "Asia/Bangkok")!
/// let year = FiscalYear(containing: date, timeZone: bangkok)   // 1 Oct 2012 → 2556
/// year.label()                                                  // "ปีงบประมาณ พ.ศ. 2556"
/// year.contains(date, timeZone: bangkok)                        // true
/// FiscalYear.quarter(of: date, timeZone: bangkok)               // 1 (Oct–Dec)
/// ```
public struct FiscalYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The Buddhist-era year, as budgets and plan folders name it (2556).
    public let year: Int

    /// The fiscal year with Buddhist-era number `year`.
    public init(year: Int) {
        self.year = year
    }

    /// The fiscal year `date` falls in, reading the calendar in `timeZone`.
    public init(containing date: Date, timeZone: TimeZone) {
        let civil = LocalDateTime(date, in: timeZone).civil
        let buddhistYear = ThaiCalendarNames.buddhistYear(civil.year)
        year = civil.month >= 10 ? buddhistYear + 1 : buddhistYear
    }

    /// Midnight starting 1 October of the previous BE year, in `timeZone`.
    public func start(in timeZone: TimeZone) -> Date {
        firstOfOctober(gregorianYear: ThaiCalendarNames.gregorianYear(year) - 1, in: timeZone)
    }

    /// Midnight starting 1 October of this BE year, in `timeZone`: the first
    /// instant after the fiscal year (exclusive end), so `start..<end` holds it whole.
    public func end(in timeZone: TimeZone) -> Date {
        firstOfOctober(gregorianYear: ThaiCalendarNames.gregorianYear(year), in: timeZone)
    }

    /// Whether `date`, read in `timeZone`, is inside this fiscal year.
    public func contains(_ date: Date, timeZone: TimeZone) -> Bool {
        FiscalYear(containing: date, timeZone: timeZone) == self
    }

    /// The fiscal quarter of `date` in `timeZone`: 1 = Oct–Dec, 2 = Jan–Mar,
    /// 3 = Apr–Jun, 4 = Jul–Sep.
    public static func quarter(of date: Date, timeZone: TimeZone) -> Int {
        let month = LocalDateTime(date, in: timeZone).civil.month
        return (month + 2) % 12 / 3 + 1
    }

    /// `ปีงบประมาณ พ.ศ. 2556`, as plan titles and briefs write it.
    public func label(digits: ThaiDigits.Style = .arabic) -> String {
        ThaiDigits.apply(digits, to: "ปีงบประมาณ พ.ศ. \(year)")
    }

    /// The BE year alone, e.g. `2556`, as in plan folder names.
    public var description: String { "\(year)" }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool {
        lhs.year < rhs.year
    }

    private func firstOfOctober(gregorianYear: Int, in timeZone: TimeZone) -> Date {
        CivilDate(year: gregorianYear, month: 10, day: 1).date(in: timeZone)
    }
}
