import Foundation
import Testing
import Thai

/// Zones used by the date tests. Never `TimeZone.current`: CI runs these in UTC
/// and again under TZ=America/New_York, and results must not change.
enum Zones {
    static let bangkok = TimeZone(identifier: "Asia/Bangkok")!
    static let utc = TimeZone(identifier: "UTC")!
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let kolkata = TimeZone(identifier: "Asia/Kolkata")!
}

/// The instant of a Gregorian wall-clock time in Bangkok (UTC+7, no DST),
/// computed from the Unix epoch so it does not depend on the code under test.
func bangkok(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = Zones.utc
    let utcMidnight = calendar.date(from: DateComponents(year: year, month: month, day: day))!
    return utcMidnight.addingTimeInterval(TimeInterval(hour * 3_600 + minute * 60 - 7 * 3_600))
}

@Suite("Thai date formatting")
struct DateFormattingTests {
    @Test func bangkokHelperMatchesKnownInstant() {
        #expect(bangkok(2012, 10, 1) == Date(timeIntervalSince1970: 1_349_024_400))
    }

    @Test(arguments: [
        (ThaiDateStyle.long, ThaiDigits.Style.arabic, "1 ตุลาคม 2555"),
        (.long, .thai, "๑ ตุลาคม ๒๕๕๕"),
        (.full, .arabic, "วันจันทร์ที่ 1 ตุลาคม พ.ศ. 2555"),
        (.full, .thai, "วันจันทร์ที่ ๑ ตุลาคม พ.ศ. ๒๕๕๕"),
        (.medium, .arabic, "1 ต.ค. 2555"),
        (.medium, .thai, "๑ ต.ค. ๒๕๕๕"),
        (.short, .arabic, "1 ต.ค. 55"),
        (.short, .thai, "๑ ต.ค. ๕๕"),
    ])
    func firstOfOctober2012(style: ThaiDateStyle, digits: ThaiDigits.Style, expected: String) {
        let formatter = ThaiDateFormatter(timeZone: Zones.bangkok, digits: digits)
        #expect(formatter.string(from: bangkok(2012, 10, 1), style: style) == expected)
    }

    @Test func longIsTheDefaultStyle() {
        let formatter = ThaiDateFormatter(timeZone: Zones.bangkok)
        #expect(formatter.string(from: bangkok(2012, 10, 1)) == "1 ตุลาคม 2555")
    }

    @Test(arguments: [
        (1, "15 มกราคม 2556", "15 ม.ค. 56"),
        (2, "15 กุมภาพันธ์ 2556", "15 ก.พ. 56"),
        (3, "15 มีนาคม 2556", "15 มี.ค. 56"),
        (4, "15 เมษายน 2556", "15 เม.ย. 56"),
        (5, "15 พฤษภาคม 2556", "15 พ.ค. 56"),
        (6, "15 มิถุนายน 2556", "15 มิ.ย. 56"),
        (7, "15 กรกฎาคม 2556", "15 ก.ค. 56"),
        (8, "15 สิงหาคม 2556", "15 ส.ค. 56"),
        (9, "15 กันยายน 2556", "15 ก.ย. 56"),
        (10, "15 ตุลาคม 2556", "15 ต.ค. 56"),
        (11, "15 พฤศจิกายน 2556", "15 พ.ย. 56"),
        (12, "15 ธันวาคม 2556", "15 ธ.ค. 56"),
    ])
    func everyMonth(month: Int, long: String, short: String) {
        let formatter = ThaiDateFormatter(timeZone: Zones.bangkok)
        let date = bangkok(2013, month, 15)
        #expect(formatter.string(from: date, style: .long) == long)
        #expect(formatter.string(from: date, style: .short) == short)
    }

    @Test(arguments: [
        (16, "วันอาทิตย์ที่ 16 กันยายน พ.ศ. 2555"),
        (17, "วันจันทร์ที่ 17 กันยายน พ.ศ. 2555"),
        (18, "วันอังคารที่ 18 กันยายน พ.ศ. 2555"),
        (19, "วันพุธที่ 19 กันยายน พ.ศ. 2555"),
        (20, "วันพฤหัสบดีที่ 20 กันยายน พ.ศ. 2555"),
        (21, "วันศุกร์ที่ 21 กันยายน พ.ศ. 2555"),
        (22, "วันเสาร์ที่ 22 กันยายน พ.ศ. 2555"),
    ])
    func everyWeekdayInFullStyle(day: Int, expected: String) {
        let formatter = ThaiDateFormatter(timeZone: Zones.bangkok)
        #expect(formatter.string(from: bangkok(2012, 9, day), style: .full) == expected)
    }

    @Test func shortYearKeepsTwoDigitsAtTheCentury() {
        let formatter = ThaiDateFormatter(timeZone: Zones.bangkok)
        // CE 2057 = BE 2600; CE 2048 = BE 2591.
        #expect(formatter.string(from: bangkok(2057, 1, 1), style: .short) == "1 ม.ค. 00")
        #expect(formatter.string(from: bangkok(2048, 3, 9), style: .short) == "9 มี.ค. 91")
    }

    /// 03:00 on 1 October in Bangkok is 20:00 on 30 September in UTC and
    /// 16:00 in New York: a formatter that used the machine's zone would fail here.
    @Test(arguments: [
        (Zones.bangkok, "1 ตุลาคม 2555", "วันจันทร์ที่ 1 ตุลาคม พ.ศ. 2555"),
        (Zones.utc, "30 กันยายน 2555", "วันอาทิตย์ที่ 30 กันยายน พ.ศ. 2555"),
        (Zones.newYork, "30 กันยายน 2555", "วันอาทิตย์ที่ 30 กันยายน พ.ศ. 2555"),
    ])
    func dayDependsOnTheGivenZoneOnly(zone: TimeZone, long: String, full: String) throws {
        let date = try ThaiDateParser(timeZone: Zones.utc).parse("2012-10-01T03:00:00+07:00")
        let formatter = ThaiDateFormatter(timeZone: zone)
        #expect(formatter.string(from: date, style: .long) == long)
        #expect(formatter.string(from: date, style: .full) == full)
    }

    @Test(arguments: [
        (10, 0, ThaiDigits.Style.arabic, "10.00 น."),
        (9, 5, .arabic, "09.05 น."),
        (0, 0, .arabic, "00.00 น."),
        (23, 59, .thai, "๒๓.๕๙ น."),
    ])
    func thaiTime(hour: Int, minute: Int, digits: ThaiDigits.Style, expected: String) {
        let formatter = ThaiDateFormatter(timeZone: Zones.bangkok, digits: digits)
        #expect(formatter.time(from: bangkok(2012, 9, 20, hour, minute)) == expected)
    }

    @Test func stylesAreNamedByString() {
        #expect(ThaiDateStyle.allCases.map(\.rawValue) == ["full", "long", "medium", "short"])
        #expect(ThaiDateStyle(rawValue: "medium") == .medium)
        #expect(ThaiDateStyle(rawValue: "Medium") == nil)
    }

    @Test func calendarNames() {
        #expect(ThaiCalendarNames.month(10) == "ตุลาคม")
        #expect(ThaiCalendarNames.monthAbbreviation(9) == "ก.ย.")
        #expect(ThaiCalendarNames.weekday(5) == "พฤหัสบดี")
        #expect(ThaiCalendarNames.month(0) == nil)
        #expect(ThaiCalendarNames.month(13) == nil)
        #expect(ThaiCalendarNames.weekday(8) == nil)
        #expect(ThaiCalendarNames.buddhistYear(2012) == 2555)
        #expect(ThaiCalendarNames.gregorianYear(2556) == 2013)
    }
}

@Suite("ISO 8601 output")
struct ISO8601FormatTests {
    @Test(arguments: [
        (Zones.bangkok, "2012-09-20T10:00:00+07:00", "2012-09-20"),
        (Zones.utc, "2012-09-20T03:00:00+00:00", "2012-09-20"),
        (Zones.newYork, "2012-09-19T23:00:00-04:00", "2012-09-19"),
        (Zones.kolkata, "2012-09-20T08:30:00+05:30", "2012-09-20"),
    ])
    func dateTimeAlwaysHasAnOffset(zone: TimeZone, dateTime: String, date: String) {
        let instant = bangkok(2012, 9, 20, 10)
        #expect(ISO8601Format.dateTime(instant, timeZone: zone) == dateTime)
        #expect(ISO8601Format.date(instant, timeZone: zone) == date)
    }

    @Test func winterInNewYorkIsMinusFive() {
        #expect(ISO8601Format.dateTime(bangkok(2013, 1, 15, 12), timeZone: Zones.newYork)
            == "2013-01-15T00:00:00-05:00")
    }

    @Test func yearStaysGregorian() {
        #expect(ISO8601Format.date(bangkok(2012, 10, 1), timeZone: Zones.bangkok) == "2012-10-01")
    }

    /// Whatever zone wrote it and whatever zone reads it, the instant survives.
    @Test(arguments: [Zones.bangkok, Zones.utc, Zones.newYork, Zones.kolkata])
    func roundTripsThroughTheParser(zone: TimeZone) throws {
        let instants = [
            bangkok(2012, 9, 20, 10), bangkok(2012, 10, 1), bangkok(2012, 9, 30, 23, 59),
            bangkok(2013, 3, 10, 14, 30), bangkok(2013, 11, 3, 13, 15), bangkok(2016, 2, 29, 7),
        ]
        for instant in instants {
            let text = ISO8601Format.dateTime(instant, timeZone: zone)
            for readingZone in [Zones.bangkok, Zones.newYork] {
                #expect(try ThaiDateParser(timeZone: readingZone).parse(text) == instant, "\(text)")
            }
            let day = ISO8601Format.date(instant, timeZone: zone)
            let midnight = try ThaiDateParser(timeZone: zone).parse(day)
            #expect(ISO8601Format.dateTime(midnight, timeZone: zone).hasPrefix(day + "T00:00:00"))
        }
    }
}
