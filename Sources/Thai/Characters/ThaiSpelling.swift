/// Checks the order of Thai characters as they come, one at a time: marks
/// need a consonant to sit on, leading vowels need a consonant after them,
/// one consonant carries one tone.
///
/// Used three ways: to tell Windows-874 Thai from other 8-bit text (Latin-1
/// `é` is the tone mark ้ in Windows-874, and lands on no consonant), to
/// report spelling a person has to fix, and in the normaliser's fast scan.
struct ThaiSpelling {
    /// A place where Thai characters are in an impossible order.
    enum Problem: Equatable {
        /// A vowel, tone or sign above or below with no consonant under it.
        case markWithoutBase
        /// Two different tone marks on one consonant.
        case conflictingTones
        /// ๅ LAKKHANGYAO after a letter other than ฤ or ฦ.
        case misplacedLakkhangyao
        /// เ แ โ ใ ไ not followed by a consonant (reported at the character after it).
        case leadingVowelWithoutConsonant
        /// ะ า ำ after something that is not a Thai letter.
        case followingVowelWithoutBase
    }

    private var previous: UInt32 = 0
    private var previousClass = ThaiCharacter.other
    /// True from a consonant through the marks written on it.
    private var onConsonant = false
    private var toneInCluster: UInt32 = 0

    /// Takes the next character; returns the problem it shows, if any.
    mutating func next(_ scalar: Unicode.Scalar) -> Problem? {
        next(scalar.value, kind: ThaiCharacter(scalar))
    }

    /// Takes the next character, whose class the caller has already looked up.
    mutating func next(_ scalar: UInt32, kind: ThaiCharacter) -> Problem? {
        var problem: Problem?
        if previousClass == .leadingVowel, kind != .consonant {
            problem = .leadingVowelWithoutConsonant
        }
        switch kind {
        case .consonant:
            onConsonant = true
            toneInCluster = 0
        case .aboveVowel, .belowVowel, .tone, .sign:
            if !onConsonant {
                problem = problem ?? .markWithoutBase
            } else if kind == .tone {
                if toneInCluster != 0, toneInCluster != scalar {
                    problem = problem ?? .conflictingTones
                }
                toneInCluster = scalar
            }
        case .followingVowel:
            if scalar == 0x0E45 {
                if previous != 0x0E24, previous != 0x0E26 {
                    problem = problem ?? .misplacedLakkhangyao
                }
            } else if !onConsonant, previousClass != .followingVowel {
                problem = problem ?? .followingVowelWithoutBase
            }
            onConsonant = false
        default:
            onConsonant = false
        }
        previous = scalar
        previousClass = kind
        return problem
    }

    /// The problem the end of the text shows: a leading vowel with nothing after it.
    func finish() -> Problem? {
        previousClass == .leadingVowel ? .leadingVowelWithoutConsonant : nil
    }
}
