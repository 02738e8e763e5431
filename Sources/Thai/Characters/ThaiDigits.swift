/// Converts between Thai digits (๐–๙, U+0E50–U+0E59) and ASCII digits.
///
/// ```swift
/// ThaiDigits.toThai("1 ตุลาคม 2555")   // "๑ ตุลาคม ๒๕๕๕"
/// ThaiDigits.toArabic("๑๒,๕๐๐")        // "12,500"
/// ```
public enum ThaiDigits {
    /// Which digits a number or date is written with.
    public enum Style: String, Sendable, CaseIterable {
        /// 0–9, the default on the web.
        case arabic
        /// ๐–๙, as in many official documents.
        case thai
    }

    /// The value of a Thai or ASCII digit, or nil for anything else.
    @inlinable
    public static func value(of scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0x0E50...0x0E59: Int(scalar.value - 0x0E50)
        default: nil
        }
    }

    /// `text` with every ASCII digit replaced by its Thai digit.
    public static func toThai(_ text: some StringProtocol) -> String {
        map(text) { (0x30...0x39).contains($0) ? $0 - 0x30 + 0x0E50 : nil }
    }

    /// `text` with every Thai digit replaced by its ASCII digit.
    public static func toArabic(_ text: some StringProtocol) -> String {
        map(text) { (0x0E50...0x0E59).contains($0) ? $0 - 0x0E50 + 0x30 : nil }
    }

    /// `text` written in `style`: ASCII digits become Thai ones for `.thai`,
    /// Thai digits become ASCII ones for `.arabic`.
    public static func apply(_ style: Style, to text: some StringProtocol) -> String {
        switch style {
        case .arabic: toArabic(text)
        case .thai: toThai(text)
        }
    }

    private static func map(_ text: some StringProtocol, _ replacement: (UInt32) -> UInt32?) -> String {
        var scalars = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            if let new = replacement(scalar.value), let newScalar = Unicode.Scalar(new) {
                scalars.append(newScalar)
                changed = true
            } else {
                scalars.append(scalar)
            }
        }
        return changed ? String(scalars) : String(text)
    }
}
