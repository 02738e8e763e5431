import Foundation

/// When a release was issued: a Gregorian day and an office hour in Bangkok.
struct IssueDate {
    let year: Int
    let month: Int
    let day: Int
    let hour: Int
    let minute: Int

    /// The days releases are spread over, as in `gen_corpus.py`; all in the
    /// past, so that every release is published.
    static let corpusDays = days(from: (2012, 1, 1), to: (2025, 12, 31))

    /// The days of Thai fiscal year `fiscalYear` (Buddhist era): 1 October to 30 September.
    static func days(ofFiscalYear fiscalYear: Int) -> ClosedRange<Date> {
        let year = fiscalYear - 543
        return days(from: (year - 1, 10, 1), to: (year, 9, 30))
    }

    /// A day in `days`, at a quarter hour between 8:00 and 17:45.
    static func draw(in days: ClosedRange<Date>, with dice: Dice) -> IssueDate {
        let dayCount = calendar.dateComponents([.day], from: days.lowerBound, to: days.upperBound).day ?? 0
        let date = calendar.date(byAdding: .day, value: dice.int(0...dayCount), to: days.lowerBound) ?? days.lowerBound
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return IssueDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0,
                         hour: dice.int(8...17), minute: dice.pick([0, 15, 30, 45]))
    }

    var buddhistYear: Int { year + 543 }

    /// The Thai fiscal year, which starts on 1 October.
    var fiscalYear: Int { month >= 10 ? buddhistYear + 1 : buddhistYear }

    /// `2012-09-20T10:00:00+07:00`, as front matter writes it.
    var iso8601: String {
        "\(year)-\(twoDigits(month))-\(twoDigits(day))T\(twoDigits(hour)):\(twoDigits(minute)):00+07:00"
    }

    private func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }

    /// Gregorian days counted in UTC, so the machine's zone never moves one.
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()

    private static func days(from start: (Int, Int, Int), to end: (Int, Int, Int)) -> ClosedRange<Date> {
        func date(_ day: (Int, Int, Int)) -> Date {
            calendar.date(from: DateComponents(year: day.0, month: day.1, day: day.2)) ?? Date(timeIntervalSince1970: 0)
        }
        return date(start)...date(end)
    }
}
