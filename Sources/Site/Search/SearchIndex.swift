import Content

/// The inverted index: every key, and for each the documents it is found
/// in with a score (field weights times capped term frequencies) and the
/// offsets where it starts.
struct SearchIndex: Sendable {
    /// One document's entry in a term's list.
    struct Posting: Sendable, Equatable {
        let document: Int32
        let score: Int32
        /// Where the key starts, whole or inside a longer word, ascending
        /// (see ``SearchText/Word/offset``).
        let offsets: [Int32]
    }

    /// Keys in code point order, each with its postings in document order.
    let terms: [(key: String, postings: [Posting])]

    /// A key as its UTF-8 bytes. Keys are NFC already, so equal bytes are
    /// equal keys; hashing bytes skips the normalisation that hashing a
    /// Thai String does, and the index hashes millions of keys. Byte order
    /// is also code point order.
    private struct KeyBytes: Hashable, Sendable {
        let bytes: [UInt8]
        init(_ key: String) { bytes = Array(key.utf8) }
        var key: String { String(decoding: bytes, as: UTF8.self) }

        /// The bytes hashed in one call: an array's own hashing feeds the
        /// hasher a byte at a time, and millions of keys are hashed per build.
        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// What one document holds for a key, before the sub-words are known:
    /// how often it occurs in each field (by `Field.rawValue`), and where.
    private struct Occurrences: Sendable {
        /// Counts by field, held inline: an array here was one more heap
        /// allocation for every word of every document.
        var counts = SIMD8<Int32>()
        var offsets: [Int32] = []

        mutating func record(_ field: SearchDocument.Field, at offset: Int32) {
            counts[field.rawValue] += 1
            offsets.append(offset)
        }
    }

    /// Indexes `documents` (ids are their places in the list) on `jobs` threads.
    static func build(_ documents: [SearchDocument], jobs: Int) -> SearchIndex {
        let perDocument = ParallelMap.map(documents, jobs: jobs) { document -> [KeyBytes: Occurrences] in
            var words = [KeyBytes: Occurrences]()
            var offset: Int32 = 0
            for (field, text) in document.fields {
                let cut = SearchText.words(in: text, from: offset)
                offset = cut.next
                for word in cut.words {
                    words[KeyBytes(word.key), default: Occurrences()].record(field, at: word.offset)
                }
            }
            return words
        }

        var vocabulary = Set<KeyBytes>()
        for words in perDocument { vocabulary.formUnion(words.keys) }
        let sorted = vocabulary.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        let subWords = SubWords(vocabulary: Set(sorted.map(\.key)))
        let pieces = Dictionary(uniqueKeysWithValues: zip(sorted, ParallelMap.map(sorted, jobs: jobs) { word in
            subWords.inside(word.key).map { (KeyBytes($0.piece), $0.offset) }
        }))

        let scored = ParallelMap.map(perDocument, jobs: jobs) { words -> [(key: KeyBytes, score: Int32, offsets: [Int32])] in
            var scores = [KeyBytes: Int32]()
            var offsets = words.mapValues(\.offsets)
            for (key, occurrences) in words {
                var whole: Int32 = 0, inside: Int32 = 0
                for field in SearchDocument.Field.allCases {
                    let counted = min(occurrences.counts[field.rawValue], field.cap)
                    whole += field.weight * counted
                    // A word found inside a longer one counts half: the
                    // reader asked for it, but the text says something longer.
                    inside += field.weight / 2 * counted
                }
                scores[key, default: 0] += whole
                var scored = Set<KeyBytes>()
                for (piece, pieceOffset) in pieces[key] ?? [] {
                    if scored.insert(piece).inserted { scores[piece, default: 0] += inside }
                    offsets[piece, default: []] += occurrences.offsets.map { $0 + pieceOffset }
                }
            }
            return scores.map { ($0.key, $0.value, (offsets[$0.key] ?? []).sorted()) }
        }

        var postings = [KeyBytes: [Posting]]()
        for (document, entries) in scored.enumerated() {
            for entry in entries {
                postings[entry.key, default: []].append(Posting(document: Int32(document), score: entry.score, offsets: entry.offsets))
            }
        }
        return SearchIndex(terms: postings.keys.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }.map { ($0.key, postings[$0] ?? []) })
    }
}
