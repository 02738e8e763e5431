import Testing
import Thai

/// Hostile and huge input: every repair is still made, findings stop at the
/// limit, and long runs of marks come out as a short run would.
@Suite("Normaliser: limits and hostile input")
struct NormalizerLimitsTests {
    @Test func findingsStopAtTheLimitButEveryRepairIsMade() {
        let text = String(repeating: "ก\u{200B}", count: 5_000)
        let result = ThaiNormalizer.normalize(text, findingLimit: 10)
        #expect(result.text == String(repeating: "ก", count: 5_000))
        #expect(result.changed)
        #expect(result.findings.count == 10)
        #expect(result.findings.map(\.column) == [2, 4, 6, 8, 10, 12, 14, 16, 18, 20])
        #expect(result.omittedFindingCount == 4_990)
    }

    @Test func theLimitCountsAcrossLines() {
        let text = String(repeating: "น\u{0E4D}\u{0E32}\n", count: 6)
        let result = ThaiNormalizer.normalize(text, findingLimit: 4)
        #expect(result.text == String(repeating: "นำ\n", count: 6))
        #expect(result.findings.map(\.line) == [1, 2, 3, 4])
        #expect(result.omittedFindingCount == 2)
    }

    @Test func normalizedValuesRecordNothing() {
        #expect(ThaiNormalizer.normalized("ก\u{200B}ข") == "กข")
    }

    @Test func thousandsOfTonesBeforeAVowelBecomeOneSyllable() {
        let text = "ก" + String(repeating: "\u{0E48}", count: 5_000) + "\u{0E34}"
        let result = ThaiNormalizer.normalize(text)
        #expect(codePoints(result.text) == ["E01", "E34", "E48"])
        #expect(result.findings.map(\.rule) == [.markOrder, .doubledMark])
    }

    /// Past Unicode's stream-safe length the marks are put in canonical order
    /// before ICU sees them; the result must be what NFC gives a short run.
    @Test(arguments: [3, 31, 2_000])
    func longRunsOfMarksComeOutInCanonicalOrder(pairs: Int) {
        let text = "ก" + String(repeating: "\u{0E48}\u{0E38}", count: pairs)
        #expect(codePoints(ThaiNormalizer.normalize(text).text) == ["E01", "E38", "E48"])
    }

    @Test func aMegabyteOfInvisibleCharactersIsRemoved() {
        let text = String(repeating: "\u{200B}", count: 350_000) + "ข่าว"
        let result = ThaiNormalizer.normalize(text)
        #expect(result.text == "ข่าว")
        #expect(result.findings.count == ThaiNormalizer.defaultFindingLimit)
        #expect(result.omittedFindingCount == 350_000 - ThaiNormalizer.defaultFindingLimit)
    }
}
