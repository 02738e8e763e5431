import Foundation
import Testing
import Thai

@Suite("Thai date parsing")
struct DateParsingTests {
    let parser = ThaiDateParser(timeZone: Zones.bangkok)

    /// Parses `text` in Bangkok and writes it back as ISO 8601 in Bangkok.
    func iso(_ text: String) throws -> String {
        ISO8601Format.dateTime(try parser.parse(text), timeZone: Zones.bangkok)
    }

    @Test func dateAloneIsMidnightInTheParsersZone() throws {
        #expect(try parser.parse("2012-09-20") == Date(timeIntervalSince1970: 1_348_074_000))
        #expect(try ThaiDateParser(timeZone: Zones.utc).parse("2012-09-20")
            == Date(timeIntervalSince1970: 1_348_099_200))
        #expect(try ThaiDateParser(timeZone: Zones.newYork).parse("2012-09-20")
            == Date(timeIntervalSince1970: 1_348_113_600))
    }

    @Test(arguments: [Zones.bangkok, Zones.utc, Zones.newYork])
    func anExplicitOffsetIgnoresTheParsersZone(zone: TimeZone) throws {
        let date = try ThaiDateParser(timeZone: zone).parse("2012-09-20T10:00:00+07:00")
        #expect(date == Date(timeIntervalSince1970: 1_348_110_000))
    }

    @Test(arguments: [
        // ISO 8601
        ("2012-09-20", "2012-09-20T00:00:00+07:00"),
        ("2012-09-20T10:00", "2012-09-20T10:00:00+07:00"),
        ("2012-09-20T10:00:30", "2012-09-20T10:00:30+07:00"),
        ("2012-09-20t10:00", "2012-09-20T10:00:00+07:00"),
        ("2012-09-20 10:00", "2012-09-20T10:00:00+07:00"),
        ("2012-09-20T10:00:00+07:00", "2012-09-20T10:00:00+07:00"),
        ("2012-09-20T10:00:00+0700", "2012-09-20T10:00:00+07:00"),
        ("2012-09-20T10:00+07", "2012-09-20T10:00:00+07:00"),
        ("2012-09-20T03:00:00Z", "2012-09-20T10:00:00+07:00"),
        ("2012-09-20T03:00:00z", "2012-09-20T10:00:00+07:00"),
        ("2012-09-19T23:00:00-04:00", "2012-09-20T10:00:00+07:00"),
        ("2012-09-20T08:30+05:30", "2012-09-20T10:00:00+07:00"),
        ("2012-09-20 10:00 +07:00", "2012-09-20T10:00:00+07:00"),
        ("2012-9-20", "2012-09-20T00:00:00+07:00"),
        ("  2012-09-20\n", "2012-09-20T00:00:00+07:00"),
        ("\u{FEFF}2012-09-20", "2012-09-20T00:00:00+07:00"),
        ("๒๐๑๒-๐๙-๒๐T๑๐:๐๐", "2012-09-20T10:00:00+07:00"),
        // Buddhist-era years in ISO form
        ("2555-09-20", "2012-09-20T00:00:00+07:00"),
        ("2555-09-20T10:00:00+07:00", "2012-09-20T10:00:00+07:00"),
        ("2399-01-01", "2399-01-01T00:00:00+07:00"),
        // Thai text
        ("20 กันยายน 2555", "2012-09-20T00:00:00+07:00"),
        ("20 ก.ย. 2555", "2012-09-20T00:00:00+07:00"),
        ("20 ก.ย 2555", "2012-09-20T00:00:00+07:00"),
        ("20 กย 2555", "2012-09-20T00:00:00+07:00"),
        ("20 กันยา 2555", "2012-09-20T00:00:00+07:00"),
        ("๒๐ ก.ย. ๒๕๕๕", "2012-09-20T00:00:00+07:00"),
        ("๒๐ กันยายน ๒๕๕๕", "2012-09-20T00:00:00+07:00"),
        ("20ก.ย.2555", "2012-09-20T00:00:00+07:00"),
        ("วันที่ 20 กันยายน 2555", "2012-09-20T00:00:00+07:00"),
        ("วันพฤหัสบดีที่ 20 กันยายน 2555", "2012-09-20T00:00:00+07:00"),
        ("วันพฤหัสบดีที่ 20 กันยายน พ.ศ. 2555", "2012-09-20T00:00:00+07:00"),
        ("วันพฤหัสที่ 20 ก.ย. 55", "2012-09-20T00:00:00+07:00"),
        ("วันพฤหัสบดี 20 กันยายน 2555", "2012-09-20T00:00:00+07:00"),
        ("20 กันยายน พ.ศ. 2555", "2012-09-20T00:00:00+07:00"),
        ("20 กันยายน พศ 2555", "2012-09-20T00:00:00+07:00"),
        ("20 กันยายนพ.ศ.2555", "2012-09-20T00:00:00+07:00"),
        ("20 กันยายน ค.ศ. 2012", "2012-09-20T00:00:00+07:00"),
        ("20 ก.ย. คศ 2012", "2012-09-20T00:00:00+07:00"),
        ("20 กันยายน 2012", "2012-09-20T00:00:00+07:00"),
        ("1 ต.ค. 55", "2012-10-01T00:00:00+07:00"),
        ("1 ต.ค. พ.ศ. 55", "2012-10-01T00:00:00+07:00"),
        ("15 กรกฏาคม 2556", "2013-07-15T00:00:00+07:00"),
        ("20 กันยายน 2555 เวลา 10.00 น.", "2012-09-20T10:00:00+07:00"),
        ("20 กันยายน 2555 10:30", "2012-09-20T10:30:00+07:00"),
        ("20\u{200B}กันยายน\u{200B}2555", "2012-09-20T00:00:00+07:00"),
        // Slashed, as exported by Thai Excel
        ("30/9/2556", "2013-09-30T00:00:00+07:00"),
        ("30/09/2556", "2013-09-30T00:00:00+07:00"),
        ("๓๐/๙/๒๕๕๖", "2013-09-30T00:00:00+07:00"),
        ("30/9/2013", "2013-09-30T00:00:00+07:00"),
        ("1/10/2555", "2012-10-01T00:00:00+07:00"),
        ("30/9/2556 0:00", "2013-09-30T00:00:00+07:00"),
        ("30/9/2556 14:05:09", "2013-09-30T14:05:09+07:00"),
        // Leap days
        ("29 กุมภาพันธ์ 2555", "2012-02-29T00:00:00+07:00"),
        ("2000-02-29", "2000-02-29T00:00:00+07:00"),
        ("29/2/2543", "2000-02-29T00:00:00+07:00"),
    ])
    func acceptedForms(text: String, expected: String) throws {
        #expect(try iso(text) == expected)
    }

    @Test(arguments: [
        ("2555-09-20", "2012-09-20"),
        ("2555-09-20T10:00", "2012-09-20T10:00"),
        ("20 กันยายน 2555", "20 กันยายน ค.ศ. 2012"),
        ("20 กันยายน พ.ศ. 2555", "2012-09-20"),
        ("30/9/2556", "30/9/2013"),
        ("30/9/2556", "2013-09-30"),
        ("1 ต.ค. 55", "2012-10-01"),
        ("๒๕๕๕-๑๐-๐๑", "2012-10-01"),
        ("2400-01-01", "1857-01-01"),
    ])
    func buddhistAndGregorianYearsNameTheSameInstant(buddhist: String, gregorian: String) throws {
        #expect(try parser.parse(buddhist) == parser.parse(gregorian))
    }

    @Test func fractionalSeconds() throws {
        let whole = try parser.parse("2012-09-20T10:00:00+07:00")
        let fractional = try parser.parse("2012-09-20T10:00:00.250+07:00")
        #expect(fractional.timeIntervalSince(whole) == 0.25)
        #expect(try parser.parse("2012-09-20T10:00:00,5Z").timeIntervalSince(whole) == 7 * 3_600 + 0.5)
    }

    /// New York's spring-forward day: local times either side of the change
    /// get their own offset, so the zone is applied per instant, not per day.
    @Test func daylightSavingDaysUseTheOffsetOfThatTime() throws {
        let newYork = ThaiDateParser(timeZone: Zones.newYork)
        #expect(ISO8601Format.dateTime(try newYork.parse("2013-03-10T01:30"), timeZone: Zones.newYork)
            == "2013-03-10T01:30:00-05:00")
        #expect(ISO8601Format.dateTime(try newYork.parse("2013-03-10T03:30"), timeZone: Zones.newYork)
            == "2013-03-10T03:30:00-04:00")
        #expect(ISO8601Format.dateTime(try newYork.parse("2013-11-03T12:00"), timeZone: Zones.newYork)
            == "2013-11-03T12:00:00-05:00")
    }

    @Test(arguments: [
        ("", DateParseError.Kind.empty, 0),
        ("   ", .empty, 0),
        ("hello", .unrecognised, 0),
        ("2012-09-20x", .unrecognised, 10),
        ("2012-09-20T", .unrecognised, 11),
        ("2012-09-20T10", .unrecognised, 13),
        ("12-09-20", .unrecognised, 0),
        ("2012-13-01", .invalidMonth, 5),
        ("2012-00-01", .invalidMonth, 5),
        ("2012-09-31", .invalidDay, 8),
        ("2012-09-00", .invalidDay, 8),
        ("2013-02-29", .invalidDay, 8),
        ("2556-02-29", .invalidDay, 8),
        ("1900-02-29", .invalidDay, 8),
        ("2012-09-20T24:00", .invalidTime, 11),
        ("2012-09-20T10:60", .invalidTime, 14),
        ("2012-09-20T10:00:60", .invalidTime, 17),
        ("2012-09-20T10:00+15:00", .invalidOffset, 16),
        ("2012-09-20T10:00+7", .invalidOffset, 16),
        ("31 กันยายน 2555", .invalidDay, 0),
        ("  31 กันยายน 2555", .invalidDay, 2),
        ("29 กุมภาพันธ์ 2556", .invalidDay, 0),
        ("29 ก.พ. 2556", .invalidDay, 0),
        ("20 กันยยน 2555", .unknownMonthName, 3),
        ("20 September 2012", .unknownMonthName, 3),
        ("20 2555", .unrecognised, 3),
        ("20 กันยายน", .unrecognised, 10),
        ("20 กันยายน ปี 2555", .unrecognised, 11),
        ("20 กันยายน 255", .unrecognised, 11),
        ("20 กันยายน ค.ศ. 12", .ambiguousYear, 16),
        ("20 กันยายน พ.ศ. 2012", .eraMismatch, 16),
        ("20 กันยายน ค.ศ. 2555", .eraMismatch, 16),
        ("วันศุกร์ที่ 20 กันยายน 2555", .weekdayMismatch, 3),
        ("วันศุกที่ 20 กันยายน 2555", .unknownWeekday, 3),
        ("20 กันยายน 2555 เวลา 25.00 น.", .invalidTime, 21),
        ("30/9/56", .ambiguousYear, 5),
        ("๓๐/๙/๕๖", .ambiguousYear, 5),
        ("31/9/2556", .invalidDay, 0),
        ("30/13/2556", .invalidMonth, 3),
        ("2012/09/20", .unrecognised, 0),
        ("30/9", .unrecognised, 4),
        ("30/9/2556 25:00", .invalidTime, 10),
    ])
    func errorsSayWhereTheProblemStarts(text: String, kind: DateParseError.Kind, offset: Int) {
        #expect {
            _ = try parser.parse(text)
        } throws: { error in
            guard let error = error as? DateParseError else { return false }
            return error.kind == kind && error.offset == offset
                && !error.message.isEmpty && !error.hint.isEmpty
        }
    }

    @Test(arguments: [
        ("31 กันยายน 2555", "September 2555 has 30 days, not 31.", "check the day and the month"),
        ("2013-02-29", "February 2013 has 28 days, not 29.", "2013 is not a leap year; February ends on the 28th"),
        ("20 กันยยน 2555", "Unknown month name “กันยยน”.", "write a Thai month name such as กันยายน or ก.ย."),
        ("garbage", "Expected a date but found “garbage”.", DateParseError.defaultHint),
        ("", "The date is empty.",
         "write dates as 2012-09-20, 2012-09-20T10:00+07:00 or 20 กันยายน 2555"),
        ("2012-09-20T24:00", "The hour 24 is past 23.", "write midnight as 00:00 of the next day"),
        ("30/9/56", "The two-digit year 56 could be BE or CE.",
         "write the year with four digits, e.g. 30/9/2556 or 30/9/2013"),
        ("วันศุกร์ที่ 20 กันยายน 2555", "20 กันยายน 2555 is a Thursday, not a Friday (ศุกร์).",
         "write วันพฤหัสบดีที่ or check the date"),
    ])
    func errorMessagesAndHints(text: String, message: String, hint: String) {
        #expect {
            _ = try parser.parse(text)
        } throws: { error in
            guard let error = error as? DateParseError else { return false }
            return error.message == message && error.hint == hint
        }
    }

    @Test func typedThrowsGiveTheErrorDirectly() {
        do {
            _ = try parser.parse("2012-09-31")
            Issue.record("expected an error")
        } catch {
            // `error` is a DateParseError without a cast.
            #expect(error.offset == 8)
            #expect(error.description == "September 2012 has 30 days, not 31. (check the day and the month)")
        }
    }
}
