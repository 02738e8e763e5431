import Testing
@testable import Thai
import TestSupport

/// Code points of `text` as hex, so a test failure shows which ones differ
/// when two strings look the same.
func hexScalars(_ text: String) -> [String] {
    text.unicodeScalars.map { $0.codePoint }
}

@Suite("Words: search keys")
struct SearchKeyTests {
    @Test func theDocumentedExample() {
        #expect(SearchKey.make("ปี ๒๕๕๖ CPD") == "ปี 2556 cpd")
    }

    @Test(arguments: [
        ("๐๑๒๓๔๕๖๗๘๙", "0123456789"),
        ("ฉบับที่ ๑๒/๒๕๕๖", "ฉบับที่ 12/2556"),
        ("๑๒,๕๐๐,๐๐๐ บาท", "12,500,000 บาท"),
        ("2556 และ ๒๕๕๖", "2556 และ 2556"),
    ])
    func thaiDigitsBecomeASCIIDigits(text: String, expected: String) {
        #expect(SearchKey.make(text) == expected)
    }

    @Test(arguments: [
        ("CPD", "cpd"),
        ("Khao Static-Site Generator", "khao static-site generator"),
        ("ÉCOLE", "école"),
        ("ΣΑΣ", "σασ"),   // Swift's lowercased() has no final-sigma rule
        ("already lower", "already lower"),
    ])
    func latinLettersAreLowercased(text: String, expected: String) {
        #expect(hexScalars(SearchKey.make(text)) == hexScalars(expected))
    }

    /// Tone marks and vowels change a Thai word's meaning, so the key keeps them.
    @Test func toneMarksAndVowelsAreKept() {
        #expect(SearchKey.make("ไก่") == "ไก่")
        #expect(SearchKey.make("ไข่") == "ไข่")
        #expect(SearchKey.make("ไก่") != SearchKey.make("ไข่"))
        #expect(SearchKey.make("ใกล้") != SearchKey.make("ไกล"))
        #expect(SearchKey.make("ข้าว") != SearchKey.make("ขาว"))
        #expect(SearchKey.make("น้ำ") != SearchKey.make("นา"))
        #expect(hexScalars(SearchKey.make("กรมส่งเสริมสหกรณ์")) == hexScalars("กรมส่งเสริมสหกรณ์"))
    }

    @Test func textIsComposed() {
        #expect(hexScalars(SearchKey.make("e\u{0301}")) == ["U+00E9"])
        #expect(hexScalars(SearchKey.make("E\u{0301}COLE")) == hexScalars("\u{E9}cole"))
        // A key made from decomposed text equals one from composed text.
        #expect(SearchKey.make("cafe\u{0301}") == SearchKey.make("caf\u{E9}"))
    }

    /// NFC orders a tone mark (combining class 107) after SARA U (103).
    @Test func aThaiToneTypedBeforeSaraUIsReordered() {
        #expect(hexScalars(SearchKey.make("ก\u{0E48}\u{0E38}")) == ["U+0E01", "U+0E38", "U+0E48"])
        #expect(SearchKey.make("ก\u{0E48}\u{0E38}") == SearchKey.make("ก\u{0E38}\u{0E48}"))
    }

    /// NFC only: NFKC would split SARA AM into NIKHAHIT + SARA AA.
    @Test func saraAmIsNotDecomposed() {
        #expect(hexScalars(SearchKey.make("น้ำ")) == ["U+0E19", "U+0E49", "U+0E33"])
    }

    @Test(arguments: ["ปี ๒๕๕๖ CPD", "ÉCOLE", "e\u{0301}", "ก\u{0E48}\u{0E38}", "\u{130}stanbul", "ΣΑΣ", "ไข่ ๙ Ⅻ ﬁ", ""])
    func isIdempotent(_ text: String) {
        let once = SearchKey.make(text)
        #expect(hexScalars(SearchKey.make(once)) == hexScalars(once))
    }

    /// Text that is its own key, judged on its UTF-8 without making a key.
    @Test(arguments: [
        ("กรมส่งเสริมสหกรณ์", true), ("ปี 2556 cpd", true), ("น้ำ", true), ("ก\u{0E38}\u{0E48}", true), ("", true),
        ("CPD", false), ("๒๕๕๖", false), ("ก\u{0E48}\u{0E38}", false), ("e\u{0301}", false), ("é", false), ("tab\t", false), ("ﬁ", false),
    ])
    func isKeyOnlyForTextThatIsItsOwnKey(text: String, expected: Bool) {
        var text = text
        #expect(text.withUTF8(SearchKey.isKey) == expected)
        #expect(!expected || SearchKey.make(text) == text)
    }

    @Test func acceptsASubstring() {
        let text = "ข่าว ๒๕๕๖ CPD"
        #expect(SearchKey.make(text.dropFirst(4)) == "2556 cpd")
    }
}

/// `SearchKey.make` skips ICU for text that is already a key; on any text
/// it must give what the full path gives: NFC, Thai digits to ASCII, lower case.
@Suite("Words: search keys, the fast path")
struct SearchKeyFastPathTests {
    @Test func givesWhatTheFullPathGivesOnRandomText() {
        // Thai letters, vowels, tone marks in both orders, Thai digits,
        // Latin in both cases, ASCII digits and punctuation, and a few
        // characters ICU composes (e + combining acute).
        let alphabet: [Unicode.Scalar] = [
            "ก", "ข", "ส", "ห", "ร", "ณ", "ำ", "า", "ะ", "เ", "แ", "ไ", "\u{0E31}", "\u{0E34}", "\u{0E35}", "\u{0E38}", "\u{0E39}",
            "\u{0E48}", "\u{0E49}", "\u{0E4C}", "\u{0E4D}", "๒", "๕", "a", "Z", "Q", "x", "1", "9", "-", ".", " ", "e", "\u{0301}",
        ]
        var random = SplitMix(seed: 42)
        for _ in 0..<5_000 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 1...8, using: &random)).map { _ in
                alphabet.randomElement(using: &random) ?? "ก"
            }))
            let full = ThaiDigits.toArabic(ICU.nfc(text)).lowercased()
            #expect(SearchKey.make(text).unicodeScalars.elementsEqual(full.unicodeScalars), "\(hexScalars(text))")
        }
    }
}
