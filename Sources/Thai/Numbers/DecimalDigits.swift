import Foundation

/// A finite `Decimal` as sign and base-10 digit lists, so rounding, scaling
/// and grouping are done on digits: exact, locale-free and the same on every
/// platform, unlike `NumberFormatter` or `NSDecimalRound` rounding modes.
struct DecimalDigits: Equatable, Sendable {
    var negative: Bool
    /// Most significant first, no leading zeros; empty means 0.
    var integer: [UInt8]
    /// Digits after the point, most significant first.
    var fraction: [UInt8]

    init(negative: Bool, integer: [UInt8], fraction: [UInt8]) {
        self.negative = negative
        self.integer = Array(integer.drop(while: { $0 == 0 }))
        self.fraction = fraction
    }

    /// The digits of `value`, or nil for NaN. Reads `Decimal.description`,
    /// which is locale-independent plain notation (`-1234567.5`, no exponent).
    init?(_ value: Decimal) {
        if value.isNaN { return nil }
        var negative = false
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        var afterPoint = false
        for scalar in value.description.unicodeScalars {
            switch scalar {
            case "-": negative = true
            case ".": afterPoint = true
            case "0"..."9":
                let digit = UInt8(scalar.value - 0x30)
                if afterPoint { fraction.append(digit) } else { integer.append(digit) }
            default: return nil
            }
        }
        self.init(negative: negative, integer: integer, fraction: fraction)
    }

    var isZero: Bool { integer.isEmpty && fraction.allSatisfy { $0 == 0 } }

    /// Rounded to `places` fraction digits, half away from zero (0.005 → 0.01,
    /// -0.005 → -0.01), padded with zeros to exactly `places` digits.
    /// A result of zero is never negative.
    func rounded(toPlaces places: Int) -> DecimalDigits {
        let places = max(0, places)
        var kept = integer + fraction.prefix(places)
        kept += Array(repeating: 0, count: places - min(places, fraction.count))
        let roundsUp = fraction.count > places && fraction[places] >= 5
        if roundsUp {
            var index = kept.count - 1
            while index >= 0, kept[index] == 9 {
                kept[index] = 0
                index -= 1
            }
            if index >= 0 { kept[index] += 1 } else { kept.insert(1, at: 0) }
        }
        let split = kept.count - places
        var result = DecimalDigits(negative: negative, integer: Array(kept[..<split]),
                                   fraction: Array(kept[split...]))
        if result.isZero { result.negative = false }
        return result
    }

    /// The value divided by 10^`power`, exactly (the point moves left).
    func shifted(down power: Int) -> DecimalDigits {
        let padded = Array(repeating: 0, count: max(0, power - integer.count)) + integer
        let split = padded.count - power
        return DecimalDigits(negative: negative, integer: Array(padded[..<split]),
                             fraction: Array(padded[split...]) + fraction)
    }

    /// Fraction digits without trailing zeros.
    var significantFraction: [UInt8] {
        Array(fraction[..<(fraction.lastIndex(where: { $0 != 0 }).map { $0 + 1 } ?? 0)])
    }
}
