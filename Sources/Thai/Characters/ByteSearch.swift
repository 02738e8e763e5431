#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// True when the UTF-8 of the string contains `byte`. Uses `memchr`:
    /// `utf8.contains` walks the view one element at a time, which showed as
    /// the top cost of decoding a 41 MB corpus.
    func utf8Contains(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer in
            buffer.baseAddress.map { memchr($0, Int32(byte), buffer.count) != nil } ?? false
        }) {
            return found
        }
        return utf8.contains(byte)
    }
}

/// Walks the lines of UTF-8 text (ended by LF) without copying them.
enum UTF8Lines {
    /// Calls `body` with each line's 1-based number, its bytes (without the
    /// LF), the offset where it starts, and whether an LF ends it. The text after the last LF is a line
    /// too, even when empty, so that joining the lines with LF gives the text back.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, UnsafeBufferPointer<UInt8>, Int, Bool) -> Void) {
        guard let base = bytes.baseAddress else {
            body(1, bytes, 0, false)
            return
        }
        var start = 0
        var number = 1
        while true {
            let remaining = bytes.count - start
            let found: UnsafeMutableRawPointer? = remaining > 0 ? memchr(base + start, 0x0A, remaining) : nil
            var end = bytes.count
            if let found {
                end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            body(number, UnsafeBufferPointer(start: base + start, count: end - start), start, found != nil)
            guard found != nil else { return }
            start = end + 1
            number += 1
        }
    }
}
