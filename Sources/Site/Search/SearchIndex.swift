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

    /// What one document holds, before the sub-words are known.
    private struct DocumentWords: Sendable {
        /// Per key, how often it occurs in each field (indexed by `Field.rawValue`).
        var counts: [String: [Int32]] = [:]
        var offsets: [String: [Int32]] = [:]
    }

    /// Indexes `documents` (ids are their places in the list) on `jobs` threads.
    static func build(_ documents: [SearchDocument], jobs: Int) -> SearchIndex {
        let fieldCount = SearchDocument.Field.allCases.count
        let perDocument = ParallelMap.map(documents, jobs: jobs) { document -> DocumentWords in
            var words = DocumentWords()
            var offset: Int32 = 0
            for (field, text) in document.fields {
                let cut = SearchText.words(in: text, from: offset)
                offset = cut.next
                for word in cut.words {
                    words.counts[word.key, default: [Int32](repeating: 0, count: fieldCount)][field.rawValue] += 1
                    words.offsets[word.key, default: []].append(word.offset)
                }
            }
            return words
        }

        var vocabulary = Set<String>()
        for words in perDocument { vocabulary.formUnion(words.counts.keys) }
        let subWords = SubWords(vocabulary: vocabulary)
        let sorted = vocabulary.sorted(by: codePointOrder)
        let pieces = Dictionary(uniqueKeysWithValues: zip(sorted, ParallelMap.map(sorted, jobs: jobs) { subWords.inside($0) }))

        let scored = ParallelMap.map(perDocument, jobs: jobs) { words -> [(key: String, score: Int32, offsets: [Int32])] in
            var scores = [String: Int32]()
            var offsets = words.offsets
            for (key, counts) in words.counts {
                var whole: Int32 = 0, inside: Int32 = 0
                for field in SearchDocument.Field.allCases {
                    let counted = min(counts[field.rawValue], field.cap)
                    whole += field.weight * counted
                    // A word found inside a longer one counts half: the
                    // reader asked for it, but the text says something longer.
                    inside += field.weight / 2 * counted
                }
                scores[key, default: 0] += whole
                let wordOffsets = words.offsets[key] ?? []
                var scored = Set<String>()
                for (piece, pieceOffset) in pieces[key] ?? [] {
                    if scored.insert(piece).inserted { scores[piece, default: 0] += inside }
                    offsets[piece, default: []] += wordOffsets.map { $0 + pieceOffset }
                }
            }
            return scores.map { ($0.key, $0.value, (offsets[$0.key] ?? []).sorted()) }
        }

        var postings = [String: [Posting]]()
        for (document, entries) in scored.enumerated() {
            for entry in entries {
                postings[entry.key, default: []].append(Posting(document: Int32(document), score: entry.score, offsets: entry.offsets))
            }
        }
        return SearchIndex(terms: postings.keys.sorted(by: codePointOrder).map { ($0, postings[$0] ?? []) })
    }
}

/// Keys compared code point by code point: a fixed order for the index's
/// files, which does not depend on how Swift's String comparison treats
/// canonical equivalence.
func codePointOrder(_ first: String, _ second: String) -> Bool {
    first.unicodeScalars.lexicographicallyPrecedes(second.unicodeScalars)
}
