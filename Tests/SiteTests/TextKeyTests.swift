@testable import Site
import Testing

@Suite("Text keys")
struct TextKeyTests {
    /// Bytes decide, not canonical equivalence: keys are NFC already, and
    /// `String`'s equality would normalise each one to compare it.
    @Test func equalBytesAreEqualKeys() {
        #expect(TextKey("สหกรณ์") == TextKey("สหกรณ์"))
        #expect(TextKey("\u{E9}") != TextKey("e\u{0301}"))
        #expect("\u{E9}" == "e\u{0301}")
        let keys: Set = [TextKey("กรม"), TextKey("กรม"), TextKey("กรม ")]
        #expect(keys.count == 2)
    }
}
