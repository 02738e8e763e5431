import Thai

/// Text cut into the keys the search index stores: ICU's words (the same
/// segmenter family as the browser's `Intl.Segmenter`), each through
/// ``SearchKey/make(_:)``, which the search script mirrors.
enum SearchText {
    /// A searchable word of a text: its key and where it stands.
    struct Word: Sendable {
        let key: String
        /// Every segment (word, space or punctuation) takes one position, so
        /// two words written together (`ปีงบ` `ประมาณ`) are one apart and two
        /// words with a space or mark of punctuation between are two apart:
        /// the search script relies on this to prove a text contains a
        /// query word that ICU cut differently (see `search.js`).
        let position: Int32
    }

    /// The searchable words of `text`, positions counted from `start`; `next`
    /// is the first position after the text plus a gap, so that words of
    /// two fields are never adjacent.
    static func words(in text: String, from start: Int32) -> (words: [Word], next: Int32) {
        var words = [Word]()
        var position = start
        for segment in ThaiWords.segments(in: text) {
            defer { position += 1 }
            guard segment.isWord else { continue }
            let key = SearchKey.make(text[segment.range])
            if isSearchable(key) {
                words.append(Word(key: key, position: position))
            }
        }
        return (words, position + 1)
    }

    /// True when `key` has a letter or a digit: a piece made only of marks
    /// (a tone mark cut from its consonant) or symbols is never a word.
    static func isSearchable(_ key: some StringProtocol) -> Bool {
        key.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: true
            default: false
            }
        }
    }
}
