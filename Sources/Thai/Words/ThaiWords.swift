import ICUShim

/// Thai words, found with ICU's dictionary-based word break iterator.
///
/// Thai has no spaces between words, so boundaries come from a dictionary.
/// ICU is also what browsers use for `Intl.Segmenter('th', {granularity:
/// 'word'})`, so words found here at build time match those the search
/// script finds in a query.
///
/// ```swift
/// ThaiWords.words(in: "กรมส่งเสริมสหกรณ์")   // ["กรม", "ส่ง", "เสริม", "สหกรณ์"]
/// ThaiWords.count(in: "ประชุม 4 หน่วยงาน")    // 4: ประชุม, 4, หน่วย, งาน
/// ```
public enum ThaiWords {
    /// Every segment of `text`, words and the spaces and punctuation between
    /// them, in order; together they cover the whole text.
    public static func segments(in text: String) -> [WordSegment] {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return [] }
        var ends = [Int32](repeating: 0, count: units.count)
        var isWord = [UInt8](repeating: 0, count: units.count)
        let count = units.withUnsafeBufferPointer { source in
            ends.withUnsafeMutableBufferPointer { ends in
                isWord.withUnsafeMutableBufferPointer { isWord in
                    khao_word_segments(source.baseAddress, Int32(source.count), ends.baseAddress, isWord.baseAddress, Int32(source.count))
                }
            }
        }
        guard count >= 0 else {
            // Without ICU's data there is no dictionary; the whole text as
            // one piece is wrong but harmless, where dropping it would lose text.
            return [WordSegment(range: text.startIndex..<text.endIndex, isWord: true)]
        }
        var segments = [WordSegment]()
        segments.reserveCapacity(Int(count))
        var start = text.startIndex
        var startOffset = 0
        let utf16 = text.utf16
        for index in 0..<Int(count) {
            let endOffset = Int(ends[index])
            let end = utf16.index(start, offsetBy: endOffset - startOffset)
            segments.append(WordSegment(range: start..<end, isWord: isWord[index] == 1))
            start = end
            startOffset = endOffset
        }
        return segments
    }

    /// The words of `text`, without the spaces and punctuation between them.
    public static func words(in text: String) -> [Substring] {
        segments(in: text).filter(\.isWord).map { text[$0.range] }
    }

    /// How many words `text` has.
    public static func count(in text: String) -> Int {
        segments(in: text).count(where: \.isWord)
    }

    /// `text` cut to at most `limit` graphemes (what a reader sees as
    /// characters), at the last word boundary before the limit, with
    /// `ellipsis` after it. Text within the limit comes back whole, less
    /// any leading white space.
    ///
    /// The cut never falls inside a grapheme cluster (a consonant keeps its
    /// vowels and tone marks). When the first word alone is longer than the
    /// limit, the cut falls at the limit's grapheme boundary instead, so the
    /// result is never empty.
    ///
    /// ```swift
    /// ThaiWords.truncate("กรมส่งเสริมสหกรณ์ประชุม", graphemes: 12)   // "กรมส่งเสริม…"
    /// ```
    public static func truncate(_ text: String, graphemes limit: Int, ellipsis: String = "…") -> String {
        guard limit > 0 else { return "" }
        // Leading spaces would count against the limit and could leave
        // nothing but the ellipsis.
        let text = String(text.drop(while: \.isWhitespace))
        guard let limitIndex = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
              limitIndex < text.endIndex else {
            return text
        }
        // Boundaries where a word ends and the cut is on a grapheme boundary.
        var cut = text.startIndex
        for segment in segments(in: text) {
            guard segment.range.upperBound <= limitIndex else { break }
            if segment.isWord, text.isGraphemeBoundary(segment.range.upperBound) {
                cut = segment.range.upperBound
            }
        }
        if cut == text.startIndex {
            cut = limitIndex
        }
        var kept = text[..<cut]
        while let last = kept.last, last.isWhitespace {
            kept.removeLast()
        }
        return kept + ellipsis
    }
}

extension String {
    /// True when `index` falls between two grapheme clusters of this string.
    func isGraphemeBoundary(_ index: String.Index) -> Bool {
        index.samePosition(in: self) != nil
    }
}
