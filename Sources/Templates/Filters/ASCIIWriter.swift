/// Writes ASCII into a buffer whose size the caller has worked out: the
/// date filters build each string in place, with no array to grow and copy.
struct ASCIIWriter {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func put(_ byte: UInt8) {
        guard count < buffer.count else { return }
        buffer[count] = byte
        count += 1
    }

    /// A clock or calendar field, 0–99, as two digits.
    mutating func putTwoDigits(_ number: Int) {
        put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: number / 10 % 10))
        put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: number % 10))
    }

    /// `number` (not negative) in decimal digits, zero-padded to `width`.
    mutating func putDigits(_ number: Int, width: Int) {
        var digits = 1
        var probe = number / 10
        while probe > 0 {
            digits += 1
            probe /= 10
        }
        for _ in digits..<max(width, digits) {
            put(UInt8(ascii: "0"))
        }
        var divisor = 1
        for _ in 1..<digits {
            divisor *= 10
        }
        var rest = number
        while divisor > 0 {
            put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// `+07:00`, or `+06:42:04` when the offset has seconds.
    mutating func putOffset(_ seconds: Int) {
        put(UInt8(ascii: seconds < 0 ? "-" : "+"))
        let magnitude = abs(seconds)
        putTwoDigits(magnitude / 3600)
        put(UInt8(ascii: ":"))
        putTwoDigits(magnitude % 3600 / 60)
        if magnitude % 60 != 0 {
            put(UInt8(ascii: ":"))
            putTwoDigits(magnitude % 60)
        }
    }
}
