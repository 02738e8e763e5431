/// The facts about Thai marks that the repair rules depend on.
enum ThaiMarks {
    static let saraE: UInt32 = 0x0E40
    static let saraAe: UInt32 = 0x0E41
    static let saraAa: UInt32 = 0x0E32
    static let saraAm: UInt32 = 0x0E33
    static let nikhahit: UInt32 = 0x0E4D

    /// ่ ้ ๊ ๋
    static func isTone(_ value: UInt32) -> Bool { (0x0E48...0x0E4B).contains(value) }

    /// Tones and THANTHAKHAT, which are typed last on a letter.
    static func isToneOrThanthakhat(_ value: UInt32) -> Bool { (0x0E48...0x0E4C).contains(value) }

    /// The vowels above and below (and NIKHAHIT) that a tone mark is written after.
    static func isVowelUnderTone(_ value: UInt32) -> Bool {
        switch value {
        case 0x0E31, 0x0E34...0x0E37, 0x0E38, 0x0E39, 0x0E47, 0x0E4D: true
        default: false
        }
    }

    static func isCombiningMark(_ value: UInt32) -> Bool {
        Unicode.Scalar(value).map { ThaiCharacter($0).isCombiningMark } ?? false
    }

    /// Unicode's canonical combining class for the Thai block: it decides
    /// the order NFC puts marks in.
    static func canonicalCombiningClass(of value: UInt32) -> UInt8 {
        switch value {
        case 0x0E38, 0x0E39: 103
        case 0x0E3A: 9
        case 0x0E48...0x0E4B: 107
        default: 0
        }
    }

    /// True when `current` after `previous` (after `beforePrevious`) is where
    /// one of the repair rules 4–7 applies.
    static func startsRepair(previous: UInt32, current: UInt32, beforePrevious: UInt32) -> Bool {
        (previous == saraE && current == saraE)
            || (isToneOrThanthakhat(previous) && isVowelUnderTone(current))
            || (previous == nikhahit && (current == saraAa || isTone(current)))
            || (beforePrevious == nikhahit && isTone(previous) && current == saraAa)
            || (previous == saraAm && isTone(current))
            || (previous == current && isCombiningMark(current))
    }
}
