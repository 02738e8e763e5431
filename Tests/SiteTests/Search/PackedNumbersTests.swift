@testable import Site
import Testing

/// The search index keeps its postings packed until its files are written:
/// every number must come back as it went in.
@Suite("Packed numbers")
struct PackedNumbersTests {
    private static let unsigned: [(UInt32, [UInt8])] = [
        (0, [0x00]), (127, [0x7F]), (128, [0x80, 0x01]), (300, [0xAC, 0x02]), (16_383, [0xFF, 0x7F]),
        (16_384, [0x80, 0x80, 0x01]), (UInt32.max, [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
    ]

    @Test(arguments: unsigned)
    func unsignedNumbersTakeSevenBitsAByte(value: UInt32, bytes: [UInt8]) {
        var written = [UInt8]()
        VarInt.append(value, to: &written)
        #expect(written == bytes)
        written.withUnsafeBufferPointer { buffer in
            var reader = VarInt.Reader(buffer, buffer.indices)
            #expect(reader.next() == value)
            #expect(reader.isAtEnd)
        }
    }

    /// Small negative scores stay one byte: 0, -1, 1, -2… are 0, 1, 2, 3…
    private static let signed: [(Int32, [UInt8])] = [
        (0, [0]), (-1, [1]), (1, [2]), (-2, [3]), (-64, [127]), (64, [0x80, 0x01]),
        (Int32.max, [0xFE, 0xFF, 0xFF, 0xFF, 0x0F]), (Int32.min, [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
    ]

    @Test(arguments: signed)
    func signedNumbersInterleave(value: Int32, bytes: [UInt8]) {
        var written = [UInt8]()
        VarInt.append(signed: value, to: &written)
        #expect(written == bytes)
        written.withUnsafeBufferPointer { buffer in
            var reader = VarInt.Reader(buffer, buffer.indices)
            #expect(reader.nextSigned() == value)
        }
    }

    /// Lists keep their bounds, an empty one included, and mixed numbers
    /// come back in order.
    @Test func listsComeBackWhole() {
        var lists = PackedLists()
        for value: UInt32 in [5, 200, 70_000] { lists.append(value) }
        lists.append(signed: -93)
        lists.endList()
        lists.endList()
        lists.append(0)
        lists.endList()
        func read(_ list: Int, signedAt place: Int? = nil) -> [Int64] {
            lists.read(list) { reader in
                var numbers = [Int64]()
                while !reader.isAtEnd { numbers.append(numbers.count == place ? Int64(reader.nextSigned()) : Int64(reader.next())) }
                return numbers
            }
        }
        #expect(read(0, signedAt: 3) == [5, 200, 70_000, -93])
        #expect(read(1) == [])
        #expect(read(2) == [0])
    }
}
