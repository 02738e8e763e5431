import Foundation
import Testing

@testable import Templates

@Suite("date and iso")
struct DateFilterTests {
    static let newYork = RenderEnvironment(timeZone: TimeZone(identifier: "America/New_York")!)
    static let kolkata = RenderEnvironment(timeZone: TimeZone(identifier: "Asia/Kolkata")!)

    @Test("patterns", arguments: [
        ("%Y-%m-%d", "2012-09-20"),
        ("%d/%m/%Y %H:%M:%S", "20/09/2012 10:00:00"),
        ("%Y-%m-%dT%H:%M:%S%z", "2012-09-20T10:00:00+07:00"),
        ("100%% on %Y", "100% on 2012"),
        ("วันที่ %d", "วันที่ 20"),
        ("", ""),
        ("no tokens", "no tokens"),
    ])
    func patterns(pattern: String, expected: String) throws {
        #expect(try apply("date", .date(announcement), .text(pattern)) == .text(expected))
    }

    @Test("one instant, different zones", arguments: [
        (bangkok, lateEvening, "2012-09-21 03:30:05 +07:00", "2012-09-21T03:30:05+07:00"),
        (utc, lateEvening, "2012-09-20 20:30:05 +00:00", "2012-09-20T20:30:05+00:00"),
        (newYork, lateEvening, "2012-09-20 16:30:05 -04:00", "2012-09-20T16:30:05-04:00"),
        (kolkata, lateEvening, "2012-09-21 02:00:05 +05:30", "2012-09-21T02:00:05+05:30"),
        (bangkok, announcement, "2012-09-20 10:00:00 +07:00", "2012-09-20T10:00:00+07:00"),
        (utc, announcement, "2012-09-20 03:00:00 +00:00", "2012-09-20T03:00:00+00:00"),
        (newYork, Date(timeIntervalSince1970: 1_705_320_000), "2024-01-15 07:00:00 -05:00", "2024-01-15T07:00:00-05:00"),
    ])
    func zones(environment: RenderEnvironment, date: Date, expected: String, expectedISO: String) throws {
        #expect(try apply("date", .date(date), .text("%Y-%m-%d %H:%M:%S %z"), environment: environment) == .text(expected))
        #expect(try apply("iso", .date(date), environment: environment) == .text(expectedISO))
    }

    @Test("iso is Gregorian, even for old and far dates")
    func farDates() throws {
        // Bangkok kept local mean time, +06:42:04, until 1920: the seconds are kept so the clock fields stay true.
        #expect(try apply("iso", .date(Date(timeIntervalSince1970: -2_208_988_800)), environment: bangkok) == .text("1900-01-01T06:42:04+06:42:04"))
        #expect(try apply("iso", .date(Date(timeIntervalSince1970: 0)), environment: utc) == .text("1970-01-01T00:00:00+00:00"))
        // The proleptic Gregorian calendar, as ISO 8601 counts, before 1582 too.
        #expect(try apply("iso", .date(Date(timeIntervalSince1970: -12_219_379_200)), environment: utc) == .text("1582-10-14T00:00:00+00:00"))
        #expect(try apply("iso", .date(Date(timeIntervalSince1970: -12_219_292_800)), environment: utc) == .text("1582-10-15T00:00:00+00:00"))
        #expect(try apply("date", .date(Date(timeIntervalSince1970: 253_402_300_800)), .text("%Y"), environment: utc) == .text("10000"))
    }

    @Test("offsets", arguments: [(0, "+00:00"), (25_200, "+07:00"), (-18_000, "-05:00"), (19_800, "+05:30"), (-34_200, "-09:30"), (24_124, "+06:42:04")])
    func offsets(seconds: Int, expected: String) {
        #expect(DateFormatting.offset(seconds: seconds) == expected)
    }

    @Test("date errors", arguments: [
        (Value.date(announcement), Value.text("%Y-%B"),
         FilterError("\"date\" does not know %B in pattern \"%Y-%B\"", hint: "the tokens are %Y %m %d %H %M %S %z and %%; Thai dates come from \"thai_date\"")),
        (.date(announcement), .text("%y"),
         FilterError("\"date\" does not know %y in pattern \"%y\"", hint: "the tokens are %Y %m %d %H %M %S %z and %%; Thai dates come from \"thai_date\"")),
        (.date(announcement), .text("100%"), FilterError("\"date\" pattern \"100%\" ends with a lone %", hint: "write %% for a percent sign")),
        (.date(announcement), .integer(1), FilterError("\"date\" needs text as its pattern, not an integer")),
        (.text("2012-09-20"), .text("%Y"),
         FilterError("\"date\" needs a date, not text", hint: "dates are read when the content loads; text is not turned into a date here")),
        (.none, .text("%Y"), FilterError("\"date\" needs a date, not none", hint: "the date is not set; test it with {% if %} first")),
        (.integer(1_348_110_000), .text("%Y"), FilterError("\"date\" needs a date, not an integer")),
    ])
    func dateErrors(input: Value, pattern: Value, expected: FilterError) {
        #expect(failure("date", input, [pattern]) == expected)
    }

    @Test("iso errors")
    func isoErrors() {
        #expect(failure("iso", .none) == FilterError("\"iso\" needs a date, not none", hint: "the date is not set; test it with {% if %} first"))
        #expect(failure("iso", .safe("x")) == FilterError("\"iso\" needs a date, not HTML", hint: "dates are read when the content loads; text is not turned into a date here"))
    }
}

@Suite("Civil days by arithmetic")
struct CivilDayTests {
    /// Every 97th day from 1900 to 2100 agrees with Foundation's calendar.
    @Test func agreesWithFoundationFor1900To2100() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for days in stride(from: -25_567, through: 47_482, by: 97) {
            let components = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            let civil = DateFormatting.CivilDay(daysSince1970: days)
            #expect([civil.year, civil.month, civil.day] == [components.year, components.month, components.day])
        }
    }

    @Test(arguments: [(0, 1970, 1, 1), (-1, 1969, 12, 31), (11_016, 2000, 2, 29), (-719_468, 0, 3, 1), (15_603, 2012, 9, 20)])
    func knownDays(days: Int, year: Int, month: Int, day: Int) {
        #expect(DateFormatting.CivilDay(daysSince1970: days) == DateFormatting.CivilDay(year: year, month: month, day: day))
    }
}

@Suite("Dates written once")
struct DateTextsTests {
    @Test func theSameDateAndPatternGiveTheSameTextAndDifferentOnesDoNot() throws {
        let environment = RenderEnvironment(timeZone: TimeZone(identifier: "Asia/Bangkok")!)
        let date = Date(timeIntervalSince1970: 1_348_110_000)
        var writes = 0
        for _ in 0..<3 {
            let text = try environment.dates.text(for: date, form: .pattern("%Y")) { () throws(FilterError) in
                writes += 1
                return "2012"
            }
            #expect(text == "2012")
        }
        #expect(writes == 1)
        let other = try environment.dates.text(for: date, form: .pattern("%d")) { () throws(FilterError) in "20" }
        #expect(other == "20")
        // An empty pattern is a pattern, not ISO 8601.
        let iso = try environment.dates.text(for: date, form: .iso) { () throws(FilterError) in "iso" }
        let empty = try environment.dates.text(for: date, form: .pattern("")) { () throws(FilterError) in "" }
        #expect((iso, empty) == ("iso", ""))
        let later = try environment.dates.text(for: date.addingTimeInterval(1), form: .pattern("%Y")) { () throws(FilterError) in "later" }
        #expect(later == "later")
    }

    @Test func changingTheZoneForgetsWhatWasWritten() throws {
        var environment = RenderEnvironment(timeZone: TimeZone(identifier: "Asia/Bangkok")!)
        let date = Date(timeIntervalSince1970: 1_348_110_000)
        let set = try templateSet(["t.html": "{{ d | iso }}"])
        #expect(try set.render("t.html", ["d": .date(date)], environment: environment) == "2012-09-20T10:00:00+07:00")
        environment.timeZone = TimeZone(identifier: "UTC")!
        #expect(try set.render("t.html", ["d": .date(date)], environment: environment) == "2012-09-20T03:00:00+00:00")
    }
}
