import Foundation

/// Reads numbers and baht amounts as people type them in Thai spreadsheets
/// and YAML: `12,500,000`, `12500000.00`, `๑๒,๕๐๐,๐๐๐`, `-1,500.25`.
///
/// Results are `Decimal` because budget totals are cross-checked to the
/// satang and must never pick up binary floating-point error. Foundation's
/// `NumberFormatter` is deliberately not used: it is locale-dependent and
/// half-parses `๑,๒๓๔` as 1, silently turning a typo into a different amount.
/// This parser is strict instead — commas only as thousands grouping, at most
/// one decimal point, nothing else — and says exactly where the text went wrong.
///
/// ```swift
/// try ThaiNumber.parse("๑๒,๕๐๐,๐๐๐")          // 12500000
/// try ThaiNumber.parseBaht("1,234,567.50 บาท")  // 1234567.5
/// try ThaiNumber.parse("12,50,000")             // throws: misplaced comma at offset 2
/// ```
public enum ThaiNumber {
    /// Reads a plain number: optional leading `-`, digits (ASCII or Thai) with
    /// optional thousands commas, and an optional decimal part. Surrounding
    /// spaces are ignored.
    ///
    /// ```swift
    /// try ThaiNumber.parse(" 1,250 ")  // 1250
    /// try ThaiNumber.parse("-0.5")     // -0.5
    /// ```
    public static func parse(_ text: some StringProtocol) throws(NumberParseError) -> Decimal {
        try NumberScanner(text, allowsBahtUnit: false).scan()
    }

    /// Reads an amount of money: everything `parse(_:)` accepts, plus a
    /// trailing `บาท` (with or without a space before it) and the Thai
    /// "no satang" mark `.-` as in `1,500.- บาท`. Neither changes the value,
    /// so accepting them cannot turn a typo into a different amount.
    ///
    /// ```swift
    /// try ThaiNumber.parseBaht("12,500,000 บาท")  // 12500000
    /// try ThaiNumber.parseBaht("1,500.-")        // 1500
    /// ```
    public static func parseBaht(_ text: some StringProtocol) throws(NumberParseError) -> Decimal {
        try NumberScanner(text, allowsBahtUnit: true).scan()
    }
}
