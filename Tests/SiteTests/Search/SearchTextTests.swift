@testable import Site
import Testing

/// The words the index stores, with offsets in UTF-16 units as the search
/// script counts them.
@Suite("Search text")
struct SearchTextTests {
    private func words(_ fields: [(SearchDocument.Field, String)]) -> [String] {
        var text = SearchText()
        for (field, value) in fields { text.add(value, as: field) }
        return text.words.map { "\(String(decoding: text.bytes[$0.range], as: UTF8.self))@\($0.offset):\($0.field)" }
    }

    /// Keys that differ from their text (upper case, Thai digits) are made
    /// apart; offsets count the keys' UTF-16 units, two for a scalar beyond
    /// the BMP, and a gap of one between fields.
    @Test func keysAndOffsetsAcrossFields() {
        #expect(words([(.title, "กรมส่งเสริมสหกรณ์ CPD"), (.body, "๒๕๕๖ 😀ข้าว")])
                == ["กรม@0:title", "ส่ง@3:title", "เสริม@6:title", "สหกรณ์@11:title", "cpd@18:title",
                    "2556@22:body", "ข้าว@29:body"])
    }

    /// Marks cut from their letter and punctuation are no words, but they
    /// take their place in the offsets.
    @Test func piecesWithoutALetterOrDigitAreSkippedButCounted() {
        #expect(words([(.body, "ข่าว — สหกรณ์")]) == ["ข่าว@0:body", "สหกรณ์@7:body"])
        #expect(words([(.body, "")]).isEmpty)
        #expect(words([(.title, ""), (.body, "ข่าว")]) == ["ข่าว@1:body"])
    }
}
