/// The words inside a longer word: `กรรมการ` in `คณะกรรมการ`, `งบประมาณ`
/// in `ปีงบประมาณ`. ICU keeps such compounds whole, so a reader typing the
/// shorter word would not find them (PAGEFIND-THAI.md, mistake 5).
///
/// A piece counts only when the whole word can be cut into known words with
/// the piece among them (`คณะ|กรรมการ`, `คณะ|กรรม|การ`): that keeps
/// `ตา` out of `ตาม`, whose rest `ม` is no word. Known words are the
/// vocabulary: every word ICU found in the site's own text, of two code
/// points or more (`ปี` counts; ICU's fallback for unknown text leaves
/// single letters such as `ม` that would make any cut possible).
struct SubWords: Sendable {
    let vocabulary: Set<String>

    init(vocabulary: Set<String>) {
        self.vocabulary = vocabulary.filter { $0.unicodeScalars.count >= 2 }
    }

    /// The longest word cut, in UTF-8 bytes: 42 Thai code points, more than
    /// any compound of ICU's Thai dictionary. A longer run is text ICU
    /// could not split (a line of Thai letters with no words in it), whose
    /// cut would take time and memory in the square of its length. It also
    /// keeps every offset inside a word under 128 UTF-16 units (never more
    /// than its UTF-8 bytes), which the index stores in a byte.
    static let longestCut = 126

    /// The known words inside `word`, without `word` itself, each with
    /// where it starts in `word` in UTF-16 units, in order of where they
    /// start (then length). Only Thai words are cut: Latin words and
    /// numbers have spaces of their own.
    func inside(_ word: String) -> [(piece: String, offset: Int32)] {
        guard let first = word.unicodeScalars.first, (0x0E01...0x0E5B).contains(first.value),
              word.utf8.count <= Self.longestCut else { return [] }
        let characters = Array(word)
        let count = characters.count
        guard count >= 2 else { return [] }
        // known[i][j]: characters[i..<j] is a known word (not the whole word).
        var known = [[Bool]](repeating: [Bool](repeating: false, count: count + 1), count: count + 1)
        for start in 0..<count {
            for end in (start + 1)...count where !(start == 0 && end == count) {
                known[start][end] = vocabulary.contains(String(characters[start..<end]))
            }
        }
        // fromStart[i]: characters[0..<i] cuts into known words; toEnd[j]: characters[j...] does.
        var fromStart = [Bool](repeating: false, count: count + 1)
        fromStart[0] = true
        for end in 1...count {
            fromStart[end] = (0..<end).contains { fromStart[$0] && known[$0][end] }
        }
        var toEnd = [Bool](repeating: false, count: count + 1)
        toEnd[count] = true
        for start in stride(from: count - 1, through: 0, by: -1) {
            toEnd[start] = ((start + 1)...count).contains { toEnd[$0] && known[start][$0] }
        }
        var pieces = [(piece: String, offset: Int32)]()
        var offset: Int32 = 0
        for start in 0..<count {
            if fromStart[start] {
                for end in (start + 1)...count where known[start][end] && toEnd[end] {
                    pieces.append((String(characters[start..<end]), offset))
                }
            }
            offset += Int32(characters[start].utf16.count)
        }
        return pieces
    }
}
