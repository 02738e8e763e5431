/// Windows code page 874 (TIS-620 plus a few punctuation marks), the
/// encoding of CSV files exported by Thai Excel.
enum Windows874 {
    /// The code point of a byte, or nil for the bytes the code page leaves undefined.
    static func scalar(for byte: UInt8) -> Unicode.Scalar? {
        let value: UInt32? = switch byte {
        case 0x00...0x7F: UInt32(byte)
        case 0x80: 0x20AC  // €
        case 0x85: 0x2026  // …
        case 0x91: 0x2018
        case 0x92: 0x2019
        case 0x93: 0x201C
        case 0x94: 0x201D
        case 0x95: 0x2022  // •
        case 0x96: 0x2013  // –
        case 0x97: 0x2014  // —
        case 0xA0: 0x00A0
        case 0xA1...0xDA: UInt32(byte) - 0xA0 + 0x0E00
        case 0xDF...0xFB: UInt32(byte) - 0xA0 + 0x0E00
        default: nil
        }
        return value.flatMap(Unicode.Scalar.init)
    }

    /// The text of `bytes` when every byte is defined in the code page and the
    /// result reads as Thai (marks on consonants), else nil.
    ///
    /// The second test is what tells Windows-874 from Latin-1: `café` in
    /// Latin-1 has every byte defined here too, but its `é` becomes a tone
    /// mark on `f`, which no Thai text has.
    static func decodeIfThai(_ bytes: some Collection<UInt8>) -> String? {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            guard let scalar = scalar(for: byte) else { return nil }
            scalars.append(scalar)
        }
        var consonants = 0
        for scalar in scalars where ThaiCharacter(scalar) == .consonant {
            consonants += 1
        }
        var spelling = ThaiSpelling()
        var problems = scalars.reduce(0) { count, scalar in count + (spelling.next(scalar) == nil ? 0 : 1) }
        problems += spelling.finish() == nil ? 0 : 1
        // A real export may carry a typo or two; garbage carries mostly problems.
        guard problems * 100 <= consonants else { return nil }
        return String(scalars)
    }
}
