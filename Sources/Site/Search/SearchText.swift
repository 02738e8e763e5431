import Thai

/// Text cut into the keys the search index stores: ICU's words (the same
/// segmenter family as the browser's `Intl.Segmenter`), each through
/// ``SearchKey/make(_:)``, which the search script mirrors.
enum SearchText {
    /// A searchable word of a text: its key and where it stands.
    struct Word: Sendable {
        let key: String
        /// Where the key starts, in UTF-16 units of the document's keyed
        /// text (the length of a JavaScript string): two words written
        /// together (`ปีงบ` `ประมาณ`) are exactly the first one's length
        /// apart, words with a space or a mark of punctuation between them
        /// are further. The search script relies on this to prove that a
        /// text contains a query word that ICU cut differently (see `search.js`).
        let offset: Int32
    }

    /// The searchable words of `text`, offsets counted from `start`; `next`
    /// is the offset after the text plus a gap, so that the words of two
    /// fields are never glued together.
    static func words(in text: String, from start: Int32) -> (words: [Word], next: Int32) {
        var words = [Word]()
        var offset = start
        for segment in ThaiWords.segments(in: text) {
            let key = SearchKey.make(text[segment.range])
            if segment.isWord && isSearchable(key) {
                words.append(Word(key: key, offset: offset))
            }
            offset += Int32(max(1, utf16Count(key)))
        }
        return (words, offset + 1)
    }

    /// `string.utf16.count` from its UTF-8, which a native string has at
    /// hand: counting UTF-16 units of a non-ASCII string walks it through
    /// index breadcrumbs, once per word of every page.
    static func utf16Count(_ string: String) -> Int {
        var string = string
        return string.withUTF8 { bytes in
            // One unit per scalar (bytes that are no continuation byte), two
            // for a scalar beyond the BMP (a four-byte lead, F0 and up).
            bytes.reduce(0) { count, byte in count + (byte & 0xC0 == 0x80 ? 0 : byte >= 0xF0 ? 2 : 1) }
        }
    }

    /// True when `key` has a letter or a digit: a piece made only of marks
    /// (a tone mark cut from its consonant) or symbols is never a word.
    static func isSearchable(_ key: some StringProtocol) -> Bool {
        key.unicodeScalars.contains { scalar in
            // ASCII and the Thai block are decided by range (nearly every
            // key), the rest by their Unicode category.
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x0E01...0x0E30, 0x0E32, 0x0E33, 0x0E40...0x0E46, 0x0E50...0x0E59: true
            case 0...0x7F, 0x0E00...0x0E7F: false
            default:
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: true
                default: false
                }
            }
        }
    }
}
