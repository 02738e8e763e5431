/// The classes of the Thai block (U+0E00–U+0E7F) that spelling rules need.
///
/// Thai writes vowels and tone marks as separate code points around a
/// consonant. The normaliser, the Windows-874 well-formedness check and the
/// word tools all reason in these classes, so they are defined once here.
public enum ThaiCharacter: Sendable, Equatable {
    /// ก–ฮ (U+0E01–U+0E2E), including ฤ and ฦ.
    case consonant
    /// เ แ โ ใ ไ (U+0E40–U+0E44): written before the consonant they follow in speech.
    case leadingVowel
    /// ะ า ำ (U+0E30, U+0E32, U+0E33) and LAKKHANGYAO ๅ (U+0E45): written after a consonant.
    case followingVowel
    /// ั ิ ี ึ ื ็ ํ (U+0E31, U+0E34–U+0E37, U+0E47, U+0E4D): marks above a consonant.
    case aboveVowel
    /// ุ ู ฺ (U+0E38–U+0E3A): marks below a consonant.
    case belowVowel
    /// ่ ้ ๊ ๋ (U+0E48–U+0E4B).
    case tone
    /// ์ THANTHAKHAT (U+0E4C) and ๎ YAMAKKAN (U+0E4E): silencing signs written above.
    case sign
    /// ๐–๙ (U+0E50–U+0E59).
    case digit
    /// ฯ ๆ ฿ ๏ ๚ ๛: Thai punctuation and symbols that stand alone.
    case symbol
    /// Not a Thai character.
    case other

    /// The class of `scalar`.
    @inlinable
    public init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x0E01...0x0E2E: self = .consonant
        case 0x0E40...0x0E44: self = .leadingVowel
        case 0x0E30, 0x0E32, 0x0E33, 0x0E45: self = .followingVowel
        case 0x0E31, 0x0E34...0x0E37, 0x0E47, 0x0E4D: self = .aboveVowel
        case 0x0E38...0x0E3A: self = .belowVowel
        case 0x0E48...0x0E4B: self = .tone
        case 0x0E4C, 0x0E4E: self = .sign
        case 0x0E50...0x0E59: self = .digit
        case 0x0E2F, 0x0E3F, 0x0E46, 0x0E4F, 0x0E5A, 0x0E5B: self = .symbol
        default: self = .other
        }
    }

    /// True for the marks that sit above or below a consonant and have no
    /// width of their own: vowels above and below, tones and signs.
    @inlinable
    public var isCombiningMark: Bool {
        switch self {
        case .aboveVowel, .belowVowel, .tone, .sign: true
        default: false
        }
    }

    /// True for any character of the Thai block.
    @inlinable
    public var isThai: Bool { self != .other }
}
