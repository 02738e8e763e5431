import Foundation

/// Writes numbers and baht amounts the way Thai government documents do:
/// `12,500,000 บาท`, `1,234,567.50 บาท`, `12.5 ล้านบาท`, or with Thai digits
/// `๑๒,๕๐๐,๐๐๐ บาท`. Never a `฿` prefix.
///
/// Hand-rolled on exact decimal digits rather than `NumberFormatter`, so the
/// output does not depend on the machine's locale or ICU version and a
/// printed brief reads the same wherever it is built. Amounts are rounded to
/// the satang half away from zero (0.005 → 0.01, -0.005 → -0.01), the usual
/// rule for money; a `Decimal.nan` prints as `NaN` so the mistake is visible.
///
/// ```swift
/// let money = MoneyFormatter()
/// money.baht(12_500_000)                          // "12,500,000 บาท"
/// money.baht(try ThaiNumber.parse("1234567.5"))  // "1,234,567.50 บาท"
/// money.millionBaht(310_000_000)                  // "310.0 ล้านบาท"
/// MoneyFormatter(digits: .thai).baht(12_500_000)  // "๑๒,๕๐๐,๐๐๐ บาท"
/// ```
public struct MoneyFormatter: Sendable, Equatable {
    /// Which digits the output uses; commas, points and `-` stay ASCII.
    public var digits: ThaiDigits.Style

    /// A formatter writing `digits` (ASCII by default, as on the web).
    public init(digits: ThaiDigits.Style = .arabic) {
        self.digits = digits
    }

    /// The amount in baht: no decimals when it is a whole number of baht
    /// after rounding to the satang, otherwise always two (`.50`, never `.5`),
    /// because satang are hundredths and a single digit reads as a typo.
    ///
    /// ```swift
    /// MoneyFormatter().baht(1_500)                      // "1,500 บาท"
    /// MoneyFormatter().baht(try ThaiNumber.parse("0.005"))  // "0.01 บาท"
    /// MoneyFormatter().baht(-250)                       // "-250 บาท"
    /// ```
    public func baht(_ amount: Decimal) -> String {
        guard let exact = DecimalDigits(amount) else { return "NaN" }
        var satang = exact.rounded(toPlaces: 2)
        if satang.fraction.allSatisfy({ $0 == 0 }) { satang.fraction = [] }
        return write(satang) + " บาท"
    }

    /// The amount in millions of baht with exactly one decimal, as in budget
    /// tables: the `.0` is always shown so a column of figures lines up and
    /// `310.0` is not mistaken for a rounded-away value. Rounded half away
    /// from zero to 0.1 million (100,000 baht).
    ///
    /// ```swift
    /// MoneyFormatter().millionBaht(12_500_000)     // "12.5 ล้านบาท"
    /// MoneyFormatter().millionBaht(1_250_000_000)  // "1,250.0 ล้านบาท"
    /// ```
    public func millionBaht(_ amount: Decimal) -> String {
        guard let exact = DecimalDigits(amount) else { return "NaN" }
        return write(exact.shifted(down: 6).rounded(toPlaces: 1)) + " ล้านบาท"
    }

    /// The value with thousands commas. With `fractionDigits` it is rounded
    /// half away from zero and padded to exactly that many decimals; without,
    /// every significant decimal is kept and trailing zeros are dropped.
    ///
    /// ```swift
    /// MoneyFormatter().number(12_500_000)                           // "12,500,000"
    /// MoneyFormatter().number(try ThaiNumber.parse("2.345"), fractionDigits: 2)  // "2.35"
    /// MoneyFormatter(digits: .thai).number(120)                     // "๑๒๐"
    /// ```
    public func number(_ value: Decimal, fractionDigits: Int? = nil) -> String {
        guard var exact = DecimalDigits(value) else { return "NaN" }
        if let fractionDigits {
            exact = exact.rounded(toPlaces: fractionDigits)
        } else {
            exact.fraction = exact.significantFraction
        }
        return write(exact)
    }

    private func write(_ value: DecimalDigits) -> String {
        let text = DigitGrouping.text(value)
        return digits == .thai ? ThaiDigits.toThai(text) : text
    }
}
