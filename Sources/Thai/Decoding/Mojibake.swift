#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The three ways Thai text is commonly garbled by a wrong decoding, each of
/// which leaves a recognisable signature in the text.
public enum Mojibake: String, Sendable, Equatable, CaseIterable {
    /// UTF-8 read as Windows-874: every Thai letter turns into `เธ` or `เน`
    /// followed by another character (`กรม` → `เธเธฃเธก`).
    case utf8ReadAsWindows874
    /// UTF-8 read as Latin-1 or Windows-1252: `à¸` or `à¹` before every letter.
    case utf8ReadAsLatin1
    /// TIS-620 read as Latin-1: runs of `¡`–`û` (`กรม` → `¡ÃÁ`).
    case tis620ReadAsLatin1

    var explanation: String {
        switch self {
        case .utf8ReadAsWindows874: "UTF-8 read as Windows-874: \"เธ\"/\"เน\" before every letter"
        case .utf8ReadAsLatin1: "UTF-8 read as Latin-1: \"à¸\"/\"à¹\" before every letter"
        case .tis620ReadAsLatin1: "TIS-620 read as Latin-1: runs of \"¡\" to \"û\""
        }
    }

    /// Triples `เธX`/`เนX` in a row before a line counts: one `เธอ` (a real
    /// word) must not, a garbled word of three letters must.
    static let windows874Run = 3
    /// `à¸`/`à¹` pairs on a line before it counts.
    static let latin1Pairs = 2
    /// Characters of U+00A1–U+00FB in a row before a line counts; real
    /// European text rarely has more than two accented letters together.
    static let tis620Run = 4

    /// False when `line` (UTF-8) certainly has no signature: one pass over
    /// its bytes, so clean Thai text never pays for the full check.
    ///
    /// The Latin-1 signatures need characters of U+0080–U+00FF, whose UTF-8
    /// starts with C2 or C3; the Windows-874 one needs `เ` followed by `ธ`
    /// or `น` (E0 B9 80 E0 B8 98/99).
    static func mayBePresent(in line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = line.baseAddress, line.count > 0 else { return false }
        if memchr(base, 0xC2, line.count) != nil || memchr(base, 0xC3, line.count) != nil {
            return true
        }
        // `เ` is E0 B9 80: its last byte is rare in Thai text, so memchr
        // finds the candidates and the bytes around each are checked. Real
        // words have `เธ`/`เน` too (เธอ, เน้น), but garbled text repeats it
        // every third character: 8 or 9 bytes from one to the next.
        var offset = 2
        var previous: Int?
        while offset + 3 < line.count, let found = memchr(base + offset, 0x80, line.count - offset) {
            let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if index >= 2, index + 3 < line.count, line[index - 2] == 0xE0, line[index - 1] == 0xB9,
               line[index + 1] == 0xE0, line[index + 2] == 0xB8, line[index + 3] == 0x98 || line[index + 3] == 0x99 {
                if let previous, (8...9).contains(index - previous) {
                    return true
                }
                previous = index
            }
            offset = index + 1
        }
        return false
    }

    /// The first signature found on `line` and the 0-based scalar column where it starts.
    static func find(in line: Substring.UnicodeScalarView) -> (Mojibake, column: Int)? {
        let scalars = Array(line)
        var latin1Count = 0
        var latin1First = 0
        var tisRun = 0
        for index in scalars.indices {
            let value = scalars[index].value
            if value == 0x0E40, tripleRun(scalars, from: index) >= windows874Run {
                return (.utf8ReadAsWindows874, index)
            }
            if value == 0xE0, index + 1 < scalars.count,
               scalars[index + 1].value == 0xB8 || scalars[index + 1].value == 0xB9 {
                if latin1Count == 0 { latin1First = index }
                latin1Count += 1
                if latin1Count >= latin1Pairs {
                    return (.utf8ReadAsLatin1, latin1First)
                }
            }
            tisRun = (0xA1...0xFB).contains(value) ? tisRun + 1 : 0
            if tisRun >= tis620Run {
                return (.tis620ReadAsLatin1, index + 1 - tisRun)
            }
        }
        return nil
    }

    /// How many `เ` + `ธ|น` + one character triples follow each other from `start`.
    private static func tripleRun(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var count = 0
        var index = start
        while index + 2 < scalars.count {
            let second = scalars[index + 1].value
            guard scalars[index].value == 0x0E40, second == 0x0E18 || second == 0x0E19 else { break }
            count += 1
            index += 3
        }
        return count
    }
}
