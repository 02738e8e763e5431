import Foundation
import Testing
import Thai

/// `MoneyFormatter` output is printed in briefs and must be byte-for-byte
/// stable: these are exact strings, never locale-dependent comparisons.
@Suite struct MoneyFormattingTests {
    private static func decimal(_ text: String) -> Decimal {
        Decimal(string: text) ?? .nan
    }

    @Test(arguments: [
        ("12500000", "12,500,000 บาท"),
        ("12500000.00", "12,500,000 บาท"),
        ("1234567.50", "1,234,567.50 บาท"),
        ("1234567.5", "1,234,567.50 บาท"),
        ("0", "0 บาท"),
        ("-0", "0 บาท"),
        ("999", "999 บาท"),
        ("1000", "1,000 บาท"),
        ("100000", "100,000 บาท"),
        ("0.5", "0.50 บาท"),
        ("0.01", "0.01 บาท"),
        ("0.005", "0.01 บาท"),
        ("0.004", "0 บาท"),
        ("0.0049999", "0 บาท"),
        ("2.345", "2.35 บาท"),
        ("2.335", "2.34 บาท"),
        ("999999.995", "1,000,000 บาท"),
        ("-0.005", "-0.01 บาท"),
        ("-0.004", "0 บาท"),
        ("-250", "-250 บาท"),
        ("-1234567.5", "-1,234,567.50 บาท"),
        ("123456789012345678901234567890", "123,456,789,012,345,678,901,234,567,890 บาท"),
        ("1e40", "10,000,000,000,000,000,000,000,000,000,000,000,000,000 บาท"),
    ])
    func baht(_ amount: String, _ expected: String) {
        #expect(MoneyFormatter().baht(Self.decimal(amount)) == expected)
    }

    @Test(arguments: [
        ("12500000", "๑๒,๕๐๐,๐๐๐ บาท"),
        ("1234567.50", "๑,๒๓๔,๕๖๗.๕๐ บาท"),
        ("-0.005", "-๐.๐๑ บาท"),
    ])
    func bahtInThaiDigits(_ amount: String, _ expected: String) {
        #expect(MoneyFormatter(digits: .thai).baht(Self.decimal(amount)) == expected)
    }

    @Test(arguments: [
        ("12500000", "12.5 ล้านบาท"),
        ("1250000000", "1,250.0 ล้านบาท"),
        ("310000000", "310.0 ล้านบาท"),
        ("0", "0.0 ล้านบาท"),
        ("49999", "0.0 ล้านบาท"),
        ("50000", "0.1 ล้านบาท"),
        ("149999.99", "0.1 ล้านบาท"),
        ("150000", "0.2 ล้านบาท"),
        ("999950000", "1,000.0 ล้านบาท"),
        ("-12500000", "-12.5 ล้านบาท"),
        ("-50000", "-0.1 ล้านบาท"),
        ("-49999", "0.0 ล้านบาท"),
        ("1000000000000", "1,000,000.0 ล้านบาท"),
    ])
    func millionBaht(_ amount: String, _ expected: String) {
        #expect(MoneyFormatter().millionBaht(Self.decimal(amount)) == expected)
    }

    @Test func millionBahtInThaiDigits() {
        #expect(MoneyFormatter(digits: .thai).millionBaht(1_250_000_000) == "๑,๒๕๐.๐ ล้านบาท")
    }

    @Test(arguments: [
        ("12500000", nil, "12,500,000"),
        ("1234567.50", nil, "1,234,567.5"),
        ("0.125", nil, "0.125"),
        ("-0.000", nil, "0"),
        ("120", nil, "120"),
        ("2.345", 2, "2.35"),
        ("-2.345", 2, "-2.35"),
        ("2.5", 0, "3"),
        ("-2.5", 0, "-3"),
        ("1234.5", 3, "1,234.500"),
        ("1234.5", -1, "1,235"),
        ("0.4", 0, "0"),
        ("-0.4", 0, "0"),
    ] as [(String, Int?, String)])
    func number(_ value: String, _ fractionDigits: Int?, _ expected: String) {
        #expect(MoneyFormatter().number(Self.decimal(value), fractionDigits: fractionDigits) == expected)
    }

    @Test func numberInThaiDigits() {
        #expect(MoneyFormatter(digits: .thai).number(12_500_000) == "๑๒,๕๐๐,๐๐๐")
    }

    @Test func notANumberIsVisible() {
        #expect(MoneyFormatter().baht(.nan) == "NaN")
        #expect(MoneyFormatter().millionBaht(.nan) == "NaN")
        #expect(MoneyFormatter().number(.nan) == "NaN")
    }

    @Test func neverUsesTheBahtSign() {
        let amounts: [Decimal] = [0, 1, -1, 12_500_000, Self.decimal("0.5")]
        for amount in amounts {
            for style in ThaiDigits.Style.allCases {
                let formatter = MoneyFormatter(digits: style)
                #expect(!formatter.baht(amount).contains("฿"))
                #expect(!formatter.millionBaht(amount).contains("฿"))
            }
        }
    }

    @Test(arguments: ["12,500,000", "๑๒,๕๐๐,๐๐๐", "12500000.00", "1,234,567.50", "-0.25", "0"])
    func parsedAmountsRoundTrip(_ text: String) throws {
        let value = try ThaiNumber.parseBaht(text)
        let printed = MoneyFormatter().baht(value)
        #expect(try ThaiNumber.parseBaht(printed) == value)
    }
}
