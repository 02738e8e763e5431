import Testing
import Thai

@Suite("Thai digits")
struct ThaiDigitsTests {
    @Test(arguments: [
        ("1 ตุลาคม 2555", "๑ ตุลาคม ๒๕๕๕"),
        ("12,500,000.50 บาท", "๑๒,๕๐๐,๐๐๐.๕๐ บาท"),
        ("0123456789", "๐๑๒๓๔๕๖๗๘๙"),
        ("ไม่มีตัวเลข", "ไม่มีตัวเลข"),
    ])
    func arabicAndThaiDigitsConvertBothWays(arabic: String, thai: String) {
        #expect(ThaiDigits.toThai(arabic) == thai)
        #expect(ThaiDigits.toArabic(thai) == arabic)
        #expect(ThaiDigits.apply(.thai, to: arabic) == thai)
        #expect(ThaiDigits.apply(.arabic, to: thai) == arabic)
    }

    @Test func mixedDigitsAllBecomeOneKind() {
        #expect(ThaiDigits.toArabic("๒๕56") == "2556")
        #expect(ThaiDigits.toThai("๒๕56") == "๒๕๕๖")
    }

    @Test func otherDigitsAreLeftAlone() {
        // Arabic-Indic and full-width digits are not Thai's business.
        #expect(ThaiDigits.toArabic("٣ ３") == "٣ ３")
        #expect(ThaiDigits.value(of: "๗") == 7)
        #expect(ThaiDigits.value(of: "7") == 7)
        #expect(ThaiDigits.value(of: "ก") == nil)
    }
}
