/// A piece of text between two word boundaries.
public struct WordSegment: Sendable, Equatable {
    /// Where the piece is in the text it came from.
    public var range: Range<String.Index>
    /// True for a word (letters or numbers), false for spaces and punctuation.
    public var isWord: Bool
}
