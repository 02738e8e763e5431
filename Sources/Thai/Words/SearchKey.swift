/// The form in which the search index stores words and the search script
/// compares queries: one function, mirrored in the script, so both sides
/// agree on every character.
public enum SearchKey {
    /// `text` composed (NFC), with Thai digits as ASCII digits and letters in
    /// lower case. Tone marks and vowels are kept: they change a Thai word's
    /// meaning (`ไก่` chicken, `ไข่` egg), so dropping them would find wrong
    /// pages.
    ///
    /// ```swift
    /// SearchKey.make("ปี ๒๕๕๖ CPD")   // "ปี 2556 cpd"
    /// ```
    public static func make(_ text: some StringProtocol) -> String {
        var key = String(text)
        if key.withUTF8(isKey) { return key }
        return ThaiDigits.toArabic(ICU.nfc(key)).lowercased()
    }

    /// True for text that is its own key (``make(_:)`` would return it as it
    /// is), given as UTF-8: lower-case ASCII, ASCII digits and punctuation,
    /// and Thai other than digits, with marks in canonical order (Thai has
    /// no compositions, so such text is NFC). Nearly every word of a
    /// normalised release is, and the search index cuts millions of them:
    /// they skip ICU and every copy.
    public static func isKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousCombiningClass: UInt8 = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // Upper-case Latin and control characters need the full path.
                guard byte >= 0x20, !(0x41...0x5A).contains(byte) else { return false }
                previousCombiningClass = 0
                index += 1
                continue
            }
            // Anything but the Thai block needs the full path.
            guard let place = ThaiUTF8.place(in: bytes, at: index) else { return false }
            let value = 0x0E00 + UInt32(place)
            // Thai digits become ASCII ones.
            if (0x0E50...0x0E59).contains(value) { return false }
            let combiningClass = ThaiMarks.canonicalCombiningClass(of: value)
            if combiningClass != 0 && previousCombiningClass > combiningClass { return false }
            previousCombiningClass = combiningClass
            index += 3
        }
        return true
    }
}
