/// Writes digit lists as text with thousands commas (`12,500,000`), the form
/// used in Thai budget tables whatever the reader's locale.
enum DigitGrouping {
    /// `integer` with a comma every three digits from the right; `0` when empty.
    static func grouped(_ integer: [UInt8]) -> String {
        if integer.isEmpty { return "0" }
        var text = ""
        text.reserveCapacity(integer.count + integer.count / 3)
        for (index, digit) in integer.enumerated() {
            if index > 0, (integer.count - index) % 3 == 0 { text.append(",") }
            text.unicodeScalars.append(Unicode.Scalar(0x30 + digit))
        }
        return text
    }

    /// `-`, grouped integer, then `.` and the fraction digits if there are any.
    static func text(_ digits: DecimalDigits) -> String {
        var text = digits.negative && !digits.isZero ? "-" : ""
        text += grouped(digits.integer)
        if !digits.fraction.isEmpty {
            text += "." + String(String.UnicodeScalarView(digits.fraction.map { Unicode.Scalar(0x30 + $0) }))
        }
        return text
    }
}
