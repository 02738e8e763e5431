/// The one implementation of reading a whole number in Thai words, shared by
/// `BahtText.words(for:)` (baht and satang) and `BahtText.number(_:)`.
///
/// Thai counts in groups of six digits (units to แสน) joined by ล้าน, so a
/// number longer than six digits is read as (the higher digits) ล้าน (the
/// last six), recursively: 10^12 is หนึ่งล้านล้าน.
enum ThaiNumberWords {
    private static let digitNames = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
    /// Place names within a six-digit group, units first.
    private static let placeNames = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]

    /// `digits` (most significant first, leading zeros allowed) in words;
    /// `ศูนย์` when they are all zero or empty.
    static func read(_ digits: [UInt8]) -> String {
        let significant = Array(digits.drop(while: { $0 == 0 }))
        if significant.isEmpty { return digitNames[0] }
        return read(significant, higherIsNonZero: false)
    }

    /// `higherIsNonZero`: a digit above these is non-zero, so a final 1 is เอ็ด.
    private static func read(_ digits: [UInt8], higherIsNonZero: Bool) -> String {
        guard digits.count > 6 else { return readGroup(digits, higherIsNonZero: higherIsNonZero) }
        let split = digits.count - 6
        let millions = read(Array(digits[..<split]), higherIsNonZero: higherIsNonZero)
        // The leading digits were stripped of zeros, so the millions are non-zero.
        return millions + "ล้าน" + readGroup(Array(digits[split...]), higherIsNonZero: true)
    }

    /// At most six digits; all zeros read as nothing (the ล้าน in 1,000,000).
    private static func readGroup(_ digits: [UInt8], higherIsNonZero: Bool) -> String {
        var text = ""
        var seenNonZero = higherIsNonZero
        for (index, digit) in digits.enumerated() {
            let place = digits.count - 1 - index
            defer { if digit != 0 { seenNonZero = true } }
            switch (place, digit) {
            case (_, 0): continue
            case (1, 1): text += "สิบ"
            case (1, 2): text += "ยี่สิบ"
            case (0, 1) where seenNonZero: text += "เอ็ด"
            default: text += digitNames[Int(digit)] + placeNames[place]
            }
        }
        return text
    }
}
