import Thai

/// A document's text cut into the keys the search index stores: ICU's
/// words (the same segmenter family as the browser's `Intl.Segmenter`),
/// each in the form ``SearchKey/make(_:)`` gives, which the search script
/// mirrors.
///
/// The keys are kept as UTF-8 in one buffer, not as a `String` each: a
/// site of 10,000 releases has ten million words, and nearly every one is
/// its own key (``SearchKey/isKey(_:)``), so it is only a range of the
/// text. A key that differs (upper case, Thai digits, marks out of order)
/// is made and added after the text.
struct SearchText {
    /// A searchable word: where its key is in ``bytes``, where it stands in
    /// the document, and the field it was found in.
    struct Word {
        let start: Int32
        let length: Int32
        /// Where the key starts, in UTF-16 units of the document's keyed
        /// text (the length of a JavaScript string): two words written
        /// together (`ปีงบ` `ประมาณ`) are exactly the first one's length
        /// apart, words with a space or a mark of punctuation between them
        /// are further. The search script relies on this to prove that a
        /// text contains a query word that ICU cut differently (see `search.js`).
        let offset: Int32
        let field: SearchDocument.Field

        var range: Range<Int> { Int(start)..<Int(start + length) }
    }

    /// The fields' text and the keys that are not a range of it, as UTF-8.
    private(set) var bytes: [UInt8] = []
    /// The searchable words, in the order of the text.
    private(set) var words: [Word] = []
    /// The offset of the next field's first word.
    private var offset: Int32 = 0

    /// Cuts `text` and adds its searchable words, found in `field`. After
    /// it comes a gap, so that the words of two fields are never glued together.
    mutating func add(_ text: String, as field: SearchDocument.Field) {
        var text = text
        let base = bytes.count
        bytes += text.utf8
        let cut = text.withUTF8 { text in
            ThaiWords.forEachSegment(of: text) { range, isWord in
                add(UnsafeBufferPointer(rebasing: text[range]), at: base + range.lowerBound, isWord: isWord, field: field)
            }
        }
        if !cut {
            // Without ICU's data, the text as one word, as ThaiWords.segments does.
            text.withUTF8 { add($0, at: base, isWord: true, field: field) }
        }
        offset += 1
    }

    /// Adds one segment, whose bytes are also at `start` in ``bytes``.
    private mutating func add(_ segment: UnsafeBufferPointer<UInt8>, at start: Int, isWord: Bool, field: SearchDocument.Field) {
        var key = start..<(start + segment.count)
        if !SearchKey.isKey(segment) {
            let made = SearchKey.make(String(decoding: segment, as: UTF8.self))
            key = bytes.count..<(bytes.count + made.utf8.count)
            bytes += made.utf8
        }
        let (searchable, length) = bytes.withUnsafeBufferPointer { bytes in
            let keyBytes = UnsafeBufferPointer(rebasing: bytes[key])
            return (isWord && Self.isSearchable(keyBytes), Self.utf16Count(keyBytes))
        }
        if searchable {
            words.append(Word(start: Int32(key.lowerBound), length: Int32(key.count), offset: offset, field: field))
        }
        offset += Int32(max(1, length))
    }

    /// How many UTF-16 units (the length of a JavaScript string) the UTF-8
    /// `bytes` make: one per scalar (bytes that are no continuation byte),
    /// two for a scalar beyond the BMP (a four-byte lead, F0 and up).
    static func utf16Count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.reduce(0) { count, byte in count + (byte & 0xC0 == 0x80 ? 0 : byte >= 0xF0 ? 2 : 1) }
    }

    /// True when `key` (UTF-8) has a letter or a digit: a piece made only
    /// of marks (a tone mark cut from its consonant) or symbols is never a word.
    static func isSearchable(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        var decoder = UTF8()
        var iterator = key.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if isLetterOrDigit(scalar) { return true }
            case .emptyInput: return false
            case .error: continue
            }
        }
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII and the Thai block are decided by range (nearly every key),
        // the rest by their Unicode category.
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
