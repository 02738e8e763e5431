import Foundation
import Testing
import Thai

@Suite("Thai fiscal year")
struct FiscalYearTests {
    @Test(arguments: [
        (bangkok(2012, 9, 30, 23, 59), 2555),
        (bangkok(2012, 10, 1, 0, 0), 2556),
        (bangkok(2012, 12, 31, 23, 59), 2556),
        (bangkok(2013, 1, 1), 2556),
        (bangkok(2013, 9, 30, 23, 59), 2556),
        (bangkok(2013, 10, 1), 2557),
        (bangkok(2012, 1, 1), 2555),
    ])
    func fiscalYearOfADate(date: Date, expected: Int) {
        #expect(FiscalYear(containing: date, timeZone: Zones.bangkok).year == expected)
    }

    /// The first and last minute of each quarter of fiscal year 2556.
    @Test(arguments: [
        (bangkok(2012, 10, 1), 1),
        (bangkok(2012, 12, 31, 23, 59), 1),
        (bangkok(2013, 1, 1), 2),
        (bangkok(2013, 3, 31, 23, 59), 2),
        (bangkok(2013, 4, 1), 3),
        (bangkok(2013, 6, 30, 23, 59), 3),
        (bangkok(2013, 7, 1), 4),
        (bangkok(2013, 9, 30, 23, 59), 4),
        (bangkok(2013, 10, 1), 1),
    ])
    func quarterAtEachBoundary(date: Date, quarter: Int) {
        #expect(FiscalYear.quarter(of: date, timeZone: Zones.bangkok) == quarter)
    }

    @Test func startAndEndAreMidnightOfFirstOctoberInTheGivenZone() throws {
        let year = FiscalYear(year: 2556)
        #expect(year.start(in: Zones.bangkok) == Date(timeIntervalSince1970: 1_349_024_400))
        #expect(year.start(in: Zones.bangkok) == bangkok(2012, 10, 1))
        #expect(year.end(in: Zones.bangkok) == bangkok(2013, 10, 1))
        #expect(year.start(in: Zones.utc).timeIntervalSince(year.start(in: Zones.bangkok)) == 7 * 3_600)
        #expect(ISO8601Format.dateTime(year.start(in: Zones.newYork), timeZone: Zones.newYork)
            == "2012-10-01T00:00:00-04:00")
    }

    @Test func containsIsHalfOpen() {
        let year = FiscalYear(year: 2556)
        let start = year.start(in: Zones.bangkok)
        let end = year.end(in: Zones.bangkok)
        #expect(year.contains(start, timeZone: Zones.bangkok))
        #expect(year.contains(end.addingTimeInterval(-1), timeZone: Zones.bangkok))
        #expect(!year.contains(end, timeZone: Zones.bangkok))
        #expect(!year.contains(start.addingTimeInterval(-1), timeZone: Zones.bangkok))
    }

    /// Project dates in plan CSVs, as Thai Excel writes them.
    @Test(arguments: [
        ("1/10/2555", true),
        ("30/9/2556", true),
        ("31/3/2556", true),
        ("30/9/2555", false),
        ("1/10/2556", false),
    ])
    func excelDatesInsideFiscalYear2556(text: String, inside: Bool) throws {
        let date = try ThaiDateParser(timeZone: Zones.bangkok).parse(text)
        #expect(FiscalYear(year: 2556).contains(date, timeZone: Zones.bangkok) == inside)
    }

    /// 03:00 on 1 October in Bangkok is still 30 September in UTC and New York:
    /// a fiscal year computed in the machine's zone would come out 2555.
    @Test(arguments: [
        (Zones.bangkok, 2556, 1),
        (Zones.utc, 2555, 4),
        (Zones.newYork, 2555, 4),
    ])
    func yearAndQuarterDependOnTheGivenZoneOnly(zone: TimeZone, year: Int, quarter: Int) throws {
        let date = try ThaiDateParser(timeZone: Zones.utc).parse("2012-10-01T03:00:00+07:00")
        #expect(FiscalYear(containing: date, timeZone: zone).year == year)
        #expect(FiscalYear.quarter(of: date, timeZone: zone) == quarter)
    }

    @Test func thaiLabel() {
        #expect(FiscalYear(year: 2556).label() == "ปีงบประมาณ พ.ศ. 2556")
        #expect(FiscalYear(year: 2556).label(digits: .thai) == "ปีงบประมาณ พ.ศ. ๒๕๕๖")
        #expect(FiscalYear(year: 2556).description == "2556")
    }

    @Test func ordersByYear() {
        let years = [FiscalYear(year: 2557), FiscalYear(year: 2555), FiscalYear(year: 2556)]
        #expect(years.sorted().map(\.year) == [2555, 2556, 2557])
        #expect(FiscalYear(year: 2556) == FiscalYear(containing: bangkok(2013, 5, 1), timeZone: Zones.bangkok))
        #expect(Set(years).count == 3)
    }
}
