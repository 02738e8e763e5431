import Foundation

/// Amounts and numbers in Thai words, as written in official documents next
/// to the figures so that a figure cannot be altered unnoticed:
/// `หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทห้าสิบสตางค์`.
///
/// The result has no parentheses; documents add them around it.
///
/// ```swift
/// BahtText.words(for: 12_500_000)                   // "สิบสองล้านห้าแสนบาทถ้วน"
/// BahtText.words(for: try ThaiNumber.parse("0.50"))  // "ห้าสิบสตางค์"
/// BahtText.number(101)                              // "หนึ่งร้อยเอ็ด"
/// ```
public enum BahtText {
    /// The amount in words: baht then satang, or `ถ้วน` ("exactly") when
    /// there are no satang, so nothing can be appended to the line. Rounded
    /// to the satang half away from zero, like `MoneyFormatter`, so the words
    /// always match the printed figure. Below one baht only the satang are
    /// read; zero is `ศูนย์บาทถ้วน`; negative amounts start with `ลบ`.
    /// A `Decimal.nan` gives `NaN`, visible rather than silently empty.
    ///
    /// ```swift
    /// BahtText.words(for: 0)                            // "ศูนย์บาทถ้วน"
    /// BahtText.words(for: try ThaiNumber.parse("10.01")) // "สิบบาทหนึ่งสตางค์"
    /// BahtText.words(for: -21)                          // "ลบยี่สิบเอ็ดบาทถ้วน"
    /// ```
    public static func words(for amount: Decimal) -> String {
        guard let exact = DecimalDigits(amount) else { return "NaN" }
        let rounded = exact.rounded(toPlaces: 2)
        let hasSatang = !rounded.fraction.allSatisfy { $0 == 0 }
        if rounded.integer.isEmpty && !hasSatang { return "ศูนย์บาทถ้วน" }

        var text = rounded.negative ? "ลบ" : ""
        if !rounded.integer.isEmpty {
            text += ThaiNumberWords.read(rounded.integer) + "บาท"
        }
        text += hasSatang ? ThaiNumberWords.read(rounded.fraction) + "สตางค์" : "ถ้วน"
        return text
    }

    /// An integer in words, without a unit: `ศูนย์` for 0, `ลบ` before
    /// negative numbers. The same reading as the baht part of `words(for:)`.
    ///
    /// ```swift
    /// BahtText.number(21)         // "ยี่สิบเอ็ด"
    /// BahtText.number(1_000_001)  // "หนึ่งล้านเอ็ด"
    /// BahtText.number(-5)         // "ลบห้า"
    /// ```
    public static func number(_ value: Int) -> String {
        let digits = String(value.magnitude).unicodeScalars.map { UInt8($0.value - 0x30) }
        let words = ThaiNumberWords.read(digits)
        return value < 0 ? "ลบ" + words : words
    }
}
