/// Private-use code points that old Thai fonts used for marks shifted left or
/// down (so they would not collide), and which still arrive in text copied
/// from old PDFs and Word files. Each stands for a real Thai character.
///
/// Windows fonts use U+F700–U+F71A, Apple's U+F884–U+F89E (the tables of
/// Pango's Thai shaper).
enum LegacyGlyph {
    /// The real Thai character for a legacy glyph, or nil for any other code point.
    static func thaiCharacter(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        let mapped: UInt32
        switch value {
        case 0xF700...0xF71A: mapped = windows[Int(value - 0xF700)]
        case 0xF884...0xF89E: mapped = apple[Int(value - 0xF884)]
        default: return nil
        }
        return Unicode.Scalar(mapped)
    }

    static func isLegacyGlyph(_ scalar: Unicode.Scalar) -> Bool {
        (0xF700...0xF71A).contains(scalar.value) || (0xF884...0xF89E).contains(scalar.value)
    }

    private static let windows: [UInt32] = [
        0x0E10,                                     // F700 THO THAN without its lower part
        0x0E34, 0x0E35, 0x0E36, 0x0E37,             // F701–F704 upper vowels, shifted left
        0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C,     // F705–F709 tones, shifted down and left
        0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C,     // F70A–F70E tones, shifted down
        0x0E0D,                                     // F70F YO YING without its lower part
        0x0E31, 0x0E4D, 0x0E47,                     // F710–F712 MAI HAN-AKAT, NIKHAHIT, MAITAIKHU, shifted left
        0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C,     // F713–F717 tones, shifted left
        0x0E38, 0x0E39, 0x0E3A,                     // F718–F71A lower vowels, shifted down
    ]

    private static let apple: [UInt32] = [
        0x0E31, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E47,  // F884–F889 upper vowels, shifted left
        0x0E48, 0x0E48, 0x0E48,                          // F88A–F88C MAI EK: left, down, down and left
        0x0E49, 0x0E49, 0x0E49,                          // F88D–F88F MAI THO
        0x0E4A, 0x0E4A, 0x0E4A,                          // F890–F892 MAI TRI
        0x0E4B, 0x0E4B, 0x0E4B,                          // F893–F895 MAI CHATTAWA
        0x0E4C, 0x0E4C, 0x0E4C,                          // F896–F898 THANTHAKHAT
        0x0E4D,                                          // F899 NIKHAHIT, shifted left
        0x0E0D,                                          // F89A YO YING without its lower part
        0x0E38, 0x0E39, 0x0E3A,                          // F89B–F89D lower vowels, shifted down
        0x0E10,                                          // F89E THO THAN without its lower part
    ]
}
