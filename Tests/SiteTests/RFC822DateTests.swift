import Foundation
@testable import Site
import Testing

@Suite("RFC 822 dates for RSS")
struct RFC822DateTests {
    @Test(arguments: [
        ("2012-09-20T03:00:00Z", "Asia/Bangkok", "Thu, 20 Sep 2012 10:00:00 +0700"),
        ("2012-12-31T16:30:00Z", "Asia/Bangkok", "Mon, 31 Dec 2012 23:30:00 +0700"),
        ("1970-01-01T00:00:00Z", "UTC", "Thu, 01 Jan 1970 00:00:00 +0000"),
        ("1970-01-01T00:00:00Z", "America/New_York", "Wed, 31 Dec 1969 19:00:00 -0500"),
        ("2024-02-29T18:29:59Z", "Asia/Kolkata", "Thu, 29 Feb 2024 23:59:59 +0530"),
        ("2024-02-29T18:30:00Z", "Asia/Kolkata", "Fri, 01 Mar 2024 00:00:00 +0530"),
        ("1900-05-06T12:00:00Z", "UTC", "Sun, 06 May 1900 12:00:00 +0000"),
    ])
    func writesEnglishNamesAndANumericOffset(instant: String, zone: String, expected: String) throws {
        let date = try #require(ISO8601DateFormatter().date(from: instant))
        let timeZone = try #require(TimeZone(identifier: zone))
        #expect(RFC822Date.string(date, timeZone: timeZone) == expected)
    }
}
