@testable import Site
import Testing

/// Known words found inside longer ones, and the words not cut.
@Suite("Sub-words")
struct SubWordsTests {
    private let subWords = SubWords(vocabulary: ["คณะ", "กรรม", "การ", "กรรมการ", "ตา", "ม"])

    @Test func aCompoundGivesEveryKnownWordOfACutWithItsUTF16Offset() {
        #expect(subWords.inside("คณะกรรมการ").map { "\($0.piece)@\($0.offset)" } == ["คณะ@0", "กรรม@3", "กรรมการ@3", "การ@7"])
    }

    /// `ม` is no word (one code point), so `ตาม` has no cut.
    @Test func aPieceWhoseRestIsNoWordIsNotFound() {
        #expect(subWords.inside("ตาม").isEmpty)
        #expect(subWords.inside("report").isEmpty)
    }

    /// A run of Thai letters longer than any dictionary word (text ICU
    /// could not split) is not cut: its table would grow with the square
    /// of its length, and its offsets must fit the index's byte.
    @Test func aRunLongerThanTheLongestCutIsNotCut() {
        let fits = String(repeating: "การ", count: SubWords.longestCut / 9)  // three letters, nine bytes
        #expect(fits.utf8.count <= SubWords.longestCut)
        #expect(subWords.inside(fits).count == SubWords.longestCut / 9)
        let longer = fits + "การ"
        #expect(longer.utf8.count > SubWords.longestCut)
        #expect(subWords.inside(longer).isEmpty)
    }
}
