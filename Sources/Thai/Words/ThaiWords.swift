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
        var text = text
        var segments = [WordSegment]()
        let utf8 = text.utf8
        // Offsetting a UTF-8 index of a native string is arithmetic, not a walk.
        let found = text.withUTF8 { bytes in
            forEachSegment(of: bytes) { range, isWord in
                segments.append(WordSegment(range: utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound),
                                            isWord: isWord))
            }
        }
        guard found else {
            // Without ICU's data there is no dictionary; the whole text as
            // one piece is wrong but harmless, where dropping it would lose text.
            return [WordSegment(range: text.startIndex..<text.endIndex, isWord: true)]
        }
        return segments
    }

    /// Calls `body` with each segment of the UTF-8 text `bytes` in order:
    /// its range of bytes and whether it is a word. The ranges cover the
    /// whole text, and each starts and ends between two scalars. Returns
    /// false, without calling `body`, when ICU cannot segment (its data is
    /// missing).
    ///
    /// For callers that cut a lot of text and work on its bytes (the search
    /// index): no `String` or `String.Index` is made per segment.
    public static func forEachSegment(of bytes: UnsafeBufferPointer<UInt8>, _ body: (_ range: Range<Int>, _ isWord: Bool) -> Void) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        // Room for a segment per byte, not zeroed: ICU writes the first
        // `count` of each, and zeroing a body's worth cost more than its words.
        let ends = UnsafeMutableBufferPointer<Int32>.allocate(capacity: bytes.count)
        let isWord = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        defer {
            ends.deallocate()
            isWord.deallocate()
        }
        let count = khao_word_segments(base, Int32(bytes.count), ends.baseAddress, isWord.baseAddress, Int32(bytes.count))
        guard count >= 0 else { return false }
        var start = 0
        for index in 0..<Int(count) {
            let end = Int(ends[index])
            body(start..<end, isWord[index] == 1)
            start = end
        }
        return true
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
