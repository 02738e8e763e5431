/// The normaliser's fast path: one pass over a line's UTF-8 bytes that says
/// whether any rule could apply to it.
///
/// It may say yes to a line that turns out clean (a line with an emoji is
/// always handed to the full repair, which asks ICU about NFC), but never no
/// to a line that needs work.
enum CleanLineScan {
    static func mayNeedWork(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        thaiBlock.withUnsafeBufferPointer { thaiBlock in
            var spelling = ThaiSpelling()
            var previous: UInt32 = 0
            var beforePrevious: UInt32 = 0
            var previousCombiningClass: UInt8 = 0
            var index = 0
            while index < line.count {
                let lead = line[index]
                let scalar: UInt32
                let combiningClass: UInt8
                if lead < 0x80 {
                    // ASCII needs no work except a CR (line endings are handled
                    // before this scan, so a CR here is one in the middle of a line).
                    if lead == 0x0D { return true }
                    index += 1
                    // Runs of ASCII only need the spelling check at their start.
                    if previous >= 0x80, spelling.next(UInt32(lead), kind: .other) != nil { return true }
                    beforePrevious = previous
                    previous = UInt32(lead)
                    previousCombiningClass = 0
                    continue
                } else if let place = ThaiUTF8.place(in: line, at: index) {
                    let entry = thaiBlock[place]
                    index += 3
                    scalar = 0x0E00 + UInt32(entry.offset)
                    combiningClass = entry.combiningClass
                    if combiningClass != 0 && previousCombiningClass > combiningClass { return true }
                    if entry.mayCloseRepair, ThaiMarks.startsRepair(previous: previous, current: scalar, beforePrevious: beforePrevious) {
                        return true
                    }
                    if spelling.next(scalar, kind: entry.kind) != nil { return true }
                } else {
                    if lead < 0xE0 {
                        scalar = UInt32(lead & 0x1F) << 6 | UInt32(line[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        scalar = UInt32(lead & 0x0F) << 12 | UInt32(line[index + 1] & 0x3F) << 6 | UInt32(line[index + 2] & 0x3F)
                        index += 3
                    } else {
                        scalar = UInt32(lead & 0x07) << 18 | UInt32(line[index + 1] & 0x3F) << 12
                            | UInt32(line[index + 2] & 0x3F) << 6 | UInt32(line[index + 3] & 0x3F)
                        index += 4
                    }
                    switch scalar {
                    case 0x80..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0:
                        combiningClass = 0
                    default:
                        // Invisible characters, legacy glyphs, combining marks of
                        // other scripts and anything whose NFC form we do not know by heart.
                        return true
                    }
                    if spelling.next(scalar, kind: .other) != nil { return true }
                }
                beforePrevious = previous
                previous = scalar
                previousCombiningClass = combiningClass
            }
            return spelling.finish() != nil
        }
    }

    /// What the scan needs to know of one character of the Thai block,
    /// looked up by its offset instead of worked out by range tests: Thai
    /// text is nearly all Thai characters, each one through this scan.
    private struct Entry {
        let offset: UInt8
        let kind: ThaiCharacter
        let combiningClass: UInt8
        /// Only these can be the second character of a repair rule's pair.
        let mayCloseRepair: Bool

        init(offset: UInt8) {
            let value = 0x0E00 + UInt32(offset)
            self.offset = offset
            kind = Unicode.Scalar(value).map(ThaiCharacter.init) ?? .other
            combiningClass = ThaiMarks.canonicalCombiningClass(of: value)
            mayCloseRepair = value == ThaiMarks.saraE || value == ThaiMarks.saraAa || ThaiMarks.isCombiningMark(value)
        }
    }

    private static let thaiBlock = (0..<128).map { Entry(offset: UInt8($0)) }
}
