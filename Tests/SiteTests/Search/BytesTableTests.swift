@testable import Site
import Testing

/// The table the search index numbers words with: a key is its bytes,
/// wherever they lie, and every number comes back through growth.
@Suite("Bytes table")
struct BytesTableTests {
    @Test
    func aKeyIsFoundByItsBytesNotItsAddress() {
        let text = Array("สหกรณ์ สหกรณ์ กรม".utf8)
        text.withUnsafeBufferPointer { bytes in
            let first = UnsafeBufferPointer(rebasing: bytes[0..<18])
            let second = UnsafeBufferPointer(rebasing: bytes[19..<37])
            let other = UnsafeBufferPointer(rebasing: bytes[38...])
            var table = BytesTable(capacity: 4)
            #expect(table.value(of: first) == nil)
            #expect(table.value(of: first) { 7 } == 7)
            #expect(table.value(of: second) { Issue.record("made again for equal bytes"); return 8 } == 7)
            #expect(table.value(of: other) == nil)
            #expect(table.value(of: other) { 9 } == 9)
            #expect(table.count == 2)
        }
    }

    /// A key that is a prefix of another, and the empty key, are keys of their own.
    @Test
    func prefixesAndTheEmptyKeyAreDistinct() {
        let text = Array("กรมกรมการ".utf8)
        text.withUnsafeBufferPointer { bytes in
            var table = BytesTable(capacity: 1)
            #expect(table.value(of: UnsafeBufferPointer(rebasing: bytes[0..<9])) { 1 } == 1)
            #expect(table.value(of: UnsafeBufferPointer(rebasing: bytes[...])) { 2 } == 2)
            #expect(table.value(of: UnsafeBufferPointer(rebasing: bytes[0..<0])) { 3 } == 3)
            #expect(table.value(of: UnsafeBufferPointer(start: nil, count: 0)) == 3)
            #expect(table.value(of: UnsafeBufferPointer(rebasing: bytes[0..<9])) == 1)
            #expect(table.value(of: UnsafeBufferPointer(rebasing: bytes[0..<6])) == nil)
        }
    }

    /// Thousands of keys from a table made for one: it grows many times,
    /// and each key keeps its number, including keys longer than eight
    /// bytes that differ only in their last byte.
    @Test
    func everyNumberSurvivesGrowth() {
        let words = (0..<5_000).map { Array("คำที่\($0)".utf8) }
        var table = BytesTable(capacity: 1)
        for (number, word) in words.enumerated() {
            word.withUnsafeBufferPointer { key in
                #expect(table.value(of: key) { Int32(number) } == Int32(number))
            }
        }
        #expect(table.count == words.count)
        for (number, word) in words.enumerated() {
            let copy = Array(word)
            #expect(copy.withUnsafeBufferPointer { table.value(of: $0) } == Int32(number))
        }
    }
}
