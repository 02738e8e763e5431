/// Escaping for HTML text and attribute values: `&`, `<`, `>`, `"` and `'`
/// become entities; every other byte, Thai included, is copied as it is.
///
/// The renderer calls ``append(_:to:)`` for every printed value, so it works
/// on UTF-8 bytes and copies runs without special characters in one go. The
/// five characters are ASCII, and in UTF-8 an ASCII byte never occurs inside
/// a multi-byte character, so a byte scan cannot split a character.
public enum HTMLEscaping {
    /// `text` with `& < > " '` replaced by entities.
    ///
    /// ```swift
    /// HTMLEscaping.escape(#"<a title="x">"#)   // &lt;a title=&quot;x&quot;&gt;
    /// ```
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            guard let first = firstSpecialIndex(in: bytes) else { return String(decoding: bytes, as: UTF8.self) }
            var buffer: [UInt8] = []
            buffer.reserveCapacity(bytes.count + 16)
            buffer.append(UnsafeBufferPointer(rebasing: bytes[..<first]))
            appendEscaped(UnsafeBufferPointer(rebasing: bytes[first...]), to: &buffer)
            return String(decoding: buffer, as: UTF8.self)
        }
    }

    /// Appends the escaped UTF-8 of `text` to `buffer`.
    static func append<Sink: ByteSink>(_ text: String, to buffer: inout Sink) {
        // Native strings hand over their bytes without a copy; others
        // (bridged, rare here) are made contiguous first.
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &buffer) }) == nil {
            var copy = text
            copy.withUTF8 { appendEscaped($0, to: &buffer) }
        }
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        // & " ' < >; one range check rejects most bytes (all of Thai, letters, digits).
        byte <= 0x3E && (byte == 0x26 || byte == 0x22 || byte == 0x27 || byte == 0x3C || byte == 0x3E)
    }

    private static func firstSpecialIndex(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for index in bytes.indices where isSpecial(bytes[index]) {
            return index
        }
        return nil
    }

    /// Nonzero when one of the eight bytes in `word` may be `& < > " '`:
    /// the classic test for a zero byte, applied after folding the five into
    /// two patterns. Masking bits 0 and 2 maps `" & '` (and `#`) to 0x22, and
    /// masking bit 1 maps `< >` to 0x3C, so two tests do the work of five.
    /// Spaces, digits, `/` and `:` (dates, links) and all of Thai pass eight
    /// at a time; a false yes (`#`, or a byte next to a real one) is sorted
    /// out byte by byte.
    @inline(__always)
    private static func specialBits(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroBits(_ value: UInt64) -> UInt64 { (value &- ones) & ~value }
        return (zeroBits((word & (ones &* 0xFA)) ^ (ones &* 0x22)) | zeroBits((word & (ones &* 0xFD)) ^ (ones &* 0x3C))) & highs
    }

    private static func appendEscaped<Sink: ByteSink>(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout Sink) {
        var runStart = 0
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        while index < count {
            // Two words a turn, with one branch for both.
            if index + 16 <= count {
                let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let second = raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                // Sixteen bytes of Thai (no ASCII at all) need no closer look.
                if first & second & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080 || specialBits(first) | specialBits(second) == 0 {
                    index += 16
                    continue
                }
            }
            if index + 8 <= count, specialBits(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) == 0 {
                index += 8
                continue
            }
            let byte = bytes[index]
            if isSpecial(byte) {
                if runStart < index {
                    buffer.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                }
                let entity: StaticString =
                    switch byte {
                    case 0x26: "&amp;"
                    case 0x3C: "&lt;"
                    case 0x3E: "&gt;"
                    case 0x22: "&quot;"
                    default: "&#39;"
                    }
                buffer.append(UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                runStart = index + 1
            }
            index += 1
        }
        if runStart < count {
            buffer.append(UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
    }
}
