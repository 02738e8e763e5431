import Foundation
import TestSupport
import Testing
@testable import Thai

/// The wall clock is read with integer arithmetic; Foundation's Gregorian
/// calendar is the reference it must agree with, in zones with and without
/// daylight saving, before 1970 and far after it.
@Suite("Wall-clock reading of an instant")
struct LocalDateTimeTests {
    @Test(arguments: ["Asia/Bangkok", "UTC", "America/New_York", "Pacific/Chatham", "Asia/Kolkata", "America/St_Johns"])
    func agreesWithFoundationsCalendar(zoneName: String) throws {
        let zone = try #require(TimeZone(identifier: zoneName))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var random = SplitMix(seed: 2556)
        // 1800 to 2200, whole seconds, and the first and last second of a day in the zone.
        var instants = (0..<3_000).map { _ in Date(timeIntervalSince1970: TimeInterval(Int64.random(in: -5_364_662_400...7_258_118_400, using: &random))) }
        instants += [Date(timeIntervalSince1970: 1_349_024_400), Date(timeIntervalSince1970: 1_349_024_399), Date(timeIntervalSince1970: -1)]
        for instant in instants {
            let expected = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: instant)
            let local = LocalDateTime(instant, in: zone)
            let actual = DateComponents(year: local.civil.year, month: local.civil.month, day: local.civil.day,
                                        hour: local.hour, minute: local.minute, second: local.second, weekday: local.weekday)
            #expect(actual == DateComponents(year: expected.year, month: expected.month, day: expected.day, hour: expected.hour,
                                             minute: expected.minute, second: expected.second, weekday: expected.weekday),
                    "\(instant) in \(zoneName)")
        }
    }

    @Test(arguments: [
        // 2012-12-31 17:30 UTC is 00:30 on 1 January 2013 in Bangkok: BE 2556 there, 2555 in UTC.
        (1_356_975_000, "Asia/Bangkok", 2556),
        (1_356_975_000, "UTC", 2555),
        // 1 January 1970 00:00 UTC is still 1969 in New York.
        (0, "America/New_York", 2512),
    ])
    func buddhistYearIsReadInTheZone(seconds: Int, zoneName: String, year: Int) throws {
        let zone = try #require(TimeZone(identifier: zoneName))
        #expect(ThaiCalendarNames.buddhistYear(of: Date(timeIntervalSince1970: TimeInterval(seconds)), in: zone) == year)
    }
}
