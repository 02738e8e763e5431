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
        ThaiDigits.toArabic(ICU.nfc(text)).lowercased()
    }
}
