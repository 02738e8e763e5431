import Testing
import Thai

@Suite("Stable hash")
struct StableHashTests {
    /// FNV-1a's published test vectors: the value must never depend on the run.
    @Test(arguments: [("", 0xCBF2_9CE4_8422_2325 as UInt64), ("a", 0xAF63_DC4C_8601_EC8C), ("foobar", 0x8594_4171_F739_67E8)])
    func matchesTheFNV1aVectors(text: String, value: UInt64) {
        #expect(StableHash(text.utf8).value == value)
    }

    @Test func hexKeepsTheLowDigitsZeroPadded() {
        #expect(StableHash("".utf8).hex(digits: 16) == "cbf29ce484222325")
        #expect(StableHash("".utf8).hex(digits: 6) == "222325")
        var split = StableHash()
        split.add("foo".utf8)
        split.add("bar".utf8)
        #expect(split.value == StableHash("foobar".utf8).value)
    }
}
