/// Unsigned numbers in as few bytes as they need, seven bits a byte, low
/// bits first, the high bit set on every byte but the last: the search
/// index's postings, kept in memory until their files are written, are
/// mostly small differences, and take a byte or two each instead of four.
enum VarInt {
    /// Appends `value` to `bytes`.
    @inline(__always)
    static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends a signed `value`, interleaved with the positive ones
    /// (0, -1, 1, -2… as 0, 1, 2, 3…) so that a small negative number stays short.
    @inline(__always)
    static func append(signed value: Int32, to bytes: inout [UInt8]) {
        append(UInt32(bitPattern: (value << 1) ^ (value >> 31)), to: &bytes)
    }

    /// Appends ascending `values`, each as its difference from the one
    /// before (the first as it is): offsets in a page, small steps apart.
    @inline(__always)
    static func append(ascending values: some Sequence<Int32>, to bytes: inout [UInt8]) {
        var previous: Int32 = 0
        for value in values {
            append(UInt32(value - previous), to: &bytes)
            previous = value
        }
    }

    /// Reads numbers appended by ``append(_:to:)`` from a buffer, in order.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at: Int
        let end: Int

        /// Reads `bytes[range]`.
        init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            self.bytes = bytes
            at = range.lowerBound
            end = range.upperBound
        }

        var isAtEnd: Bool { at >= end }

        /// The next unsigned number.
        @inline(__always)
        mutating func next() -> UInt32 {
            var value: UInt32 = 0
            var shift: UInt32 = 0
            while true {
                let byte = bytes[at]
                at += 1
                value |= UInt32(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }

        /// The next signed number.
        @inline(__always)
        mutating func nextSigned() -> Int32 {
            let value = next()
            return Int32(bitPattern: value >> 1) ^ -Int32(bitPattern: value & 1)
        }
    }
}
