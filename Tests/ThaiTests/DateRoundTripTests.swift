import Foundation
import TestSupport
import Testing
import Thai

/// Every form the formatter writes, the parser reads back to the same day.
@Suite("Dates round-trip")
struct DateRoundTripTests {
    static let bangkok = TimeZone(identifier: "Asia/Bangkok")!

    @Test func everyWrittenFormReadsBackToTheSameDay() throws {
        var random = SplitMix(seed: 2556)
        let parser = ThaiDateParser(timeZone: Self.bangkok)
        for _ in 0..<2_000 {
            // Any moment from 1925 to 2099, at midnight in Bangkok.
            let day = Double(Int.random(in: -16_000...47_000, using: &random))
            let date = Date(timeIntervalSince1970: day * 86_400 - 7 * 3_600)
            var written = [ISO8601Format.date(date, timeZone: Self.bangkok), ISO8601Format.dateTime(date, timeZone: Self.bangkok)]
            for digits in ThaiDigits.Style.allCases {
                let formatter = ThaiDateFormatter(timeZone: Self.bangkok, digits: digits)
                for style in ThaiDateStyle.allCases {
                    // Short writes two digits of the Buddhist year, read as 25xx.
                    let buddhistYear = Calendar(identifier: .gregorian).dateComponents(in: Self.bangkok, from: date).year! + 543
                    if style == .short && !(2500...2599).contains(buddhistYear) { continue }
                    written.append(formatter.string(from: date, style: style))
                }
            }
            for text in written {
                #expect(try parser.parse(text) == date, "\(text)")
            }
        }
    }
}
