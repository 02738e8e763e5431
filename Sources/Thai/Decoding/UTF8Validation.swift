/// Finds where UTF-8 goes wrong, for the error message.
///
/// Only called after the standard library's fast validation has failed, to
/// say exactly which byte is the first bad one.
enum UTF8Validation {
    /// The index of the first byte that does not start or continue a valid
    /// UTF-8 sequence (overlong forms, surrogates and values past U+10FFFF are invalid).
    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            for offset in 1..<length {
                let position = index + offset
                guard position < bytes.endIndex else { return index }
                let byte = bytes[position]
                let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                guard byte >= min && byte <= max else {
                    // A truncated sequence is reported at its lead byte.
                    return index
                }
            }
            index += length
        }
        return nil
    }
}
