/// The rules of the Thai normaliser (thai.md, "Normalisation"), in the order
/// they are applied, and the spelling problems it reports but leaves alone.
public enum NormalizationRule: String, Sendable, CaseIterable {
    /// CR LF or CR line endings become LF.
    case lineEndings = "line-endings"
    /// Unicode Normalization Form C (never NFKC: it would split ำ).
    case nfc
    /// A private-use glyph of an old Thai font becomes the real character.
    case legacyGlyph = "legacy-glyph"
    /// Zero-width space, non-joiner and no-break space are removed; a
    /// zero-width joiner only between Thai letters.
    case invisibleCharacter = "invisible-character"
    /// เ typed twice for แ.
    case doubledSaraE = "doubled-sara-e"
    /// A tone mark or THANTHAKHAT typed before the vowel above or below it.
    case markOrder = "mark-order"
    /// NIKHAHIT + SARA AA (ํา) becomes SARA AM (ำ), and a tone goes before ำ.
    case saraAm = "sara-am"
    /// The same mark typed twice in a row.
    case doubledMark = "doubled-mark"
    /// Two different tone marks on one consonant: only the writer knows which is meant.
    case conflictingTones = "conflicting-tones"
    /// A vowel, tone or sign above or below with no consonant to sit on.
    case markWithoutBase = "mark-without-base"
    /// ๅ after a letter other than ฤ or ฦ.
    case misplacedLakkhangyao = "misplaced-lakkhangyao"

    /// True for the rules the normaliser applies; false for the problems it
    /// only reports, because fixing them needs a person.
    public var isRepair: Bool {
        switch self {
        case .conflictingTones, .markWithoutBase, .misplacedLakkhangyao: false
        default: true
        }
    }

    /// One sentence about the rule, for messages and documentation.
    public var summary: String {
        switch self {
        case .lineEndings: "line endings become LF"
        case .nfc: "characters are composed (Unicode NFC)"
        case .legacyGlyph: "a private-use glyph of an old Thai font becomes the real character"
        case .invisibleCharacter: "an invisible character is removed"
        case .doubledSaraE: "เ typed twice becomes แ"
        case .markOrder: "a tone mark typed before a vowel above or below moves after it"
        case .saraAm: "ํ + า becomes ำ, with the tone mark before it"
        case .doubledMark: "a mark typed twice is kept once"
        case .conflictingTones: "two different tone marks on one letter; keep the one that is meant"
        case .markWithoutBase: "a vowel or tone mark has no consonant to sit on"
        case .misplacedLakkhangyao: "ๅ (LAKKHANGYAO) belongs only after ฤ or ฦ"
        }
    }
}
