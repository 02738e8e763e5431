import Content
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The inverted index, flat: every key, and for each the documents it is
/// found in with a score and the offsets where it starts.
///
/// Flat because a site of 10,000 releases has about two million
/// (key, document) pairs: a dictionary per document and an array per pair
/// held 500 MB where these columns hold 35 MB. The columns come in runs of
/// ``runLength`` terms, each made on its own thread.
struct SearchIndex: Sendable {
    /// The postings of a run of terms, in columns.
    struct Run: Sendable {
        /// Term `t` of the run has postings `postingEnds[t - 1]..<postingEnds[t]` (from 0 for the first).
        var postingEnds: [Int32] = []
        var documents: [Int32] = []
        var scores: [Int32] = []
        /// Posting `p` has offsets `offsetEnds[p - 1]..<offsetEnds[p]`.
        var offsetEnds: [Int32] = []
        var offsets: [Int32] = []
    }

    /// Keys in code point order; a term's number is its place here.
    let keys: [String]
    let runs: [Run]

    static let runLength = 512

    /// Each posting of term `term`, documents ascending: its document, its
    /// score and where the key starts in it, ascending (see
    /// ``SearchText/Word/offset``). The score is field weights times capped
    /// term counts: positive when the document has the key as a word,
    /// negative when it has the key only inside longer words (`กรรมการ` in
    /// `คณะกรรมการ`), which the search page lists apart. The offsets are
    /// lent, not copied or retained: the search files are made from
    /// millions of postings.
    func forEachPosting(of term: Int, _ body: (_ document: Int32, _ score: Int32, _ offsets: UnsafeBufferPointer<Int32>) -> Void) {
        let run = runs[term / Self.runLength]
        let place = term % Self.runLength
        run.offsets.withUnsafeBufferPointer { offsets in
            for posting in (place == 0 ? 0 : Int(run.postingEnds[place - 1]))..<Int(run.postingEnds[place]) {
                let start = posting == 0 ? 0 : Int(run.offsetEnds[posting - 1])
                body(run.documents[posting], run.scores[posting], UnsafeBufferPointer(rebasing: offsets[start..<Int(run.offsetEnds[posting])]))
            }
        }
    }

    /// Indexes `documents` (ids are their places in the list) on `jobs` threads.
    static func build(_ documents: [SearchDocument], jobs: Int) -> SearchIndex {
        var words = WordRecords()
        // In batches, so that only one batch's worth of per-document
        // tables is alive at a time.
        for start in stride(from: 0, to: documents.count, by: batchSize) {
            let batch = documents[start..<min(start + batchSize, documents.count)]
            // Words met in earlier batches are numbered on the threads,
            // which leaves only new words to number one by one here.
            let known = KnownWords(words.vocabulary)
            let made = ParallelMap.map(batch, jobs: jobs) { DocumentWords($0, known: known) }
            for (offset, document) in made.enumerated() {
                words.append(document, as: Int32(start + offset))
            }
            if start == 0 { words.reserveCapacity(forDocuments: documents.count, likeThe: batch.count) }
        }
        let order = words.vocabulary.indices.sorted { words.vocabulary[$0].bytes.lexicographicallyPrecedes(words.vocabulary[$1].bytes) }
        var rank = [Int32](repeating: 0, count: order.count)
        for (place, term) in order.enumerated() { rank[term] = Int32(place) }
        let keys = order.map { words.vocabulary[$0].string }
        let subWords = SubWords(vocabulary: Set(keys))
        let ids = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($0.element, Int32($0.offset)) })
        let pieces = ParallelMap.map(keys, jobs: jobs) { key in
            subWords.inside(key).compactMap { piece in ids[piece.piece].map { (term: $0, shift: piece.offset) } }
        }
        let contributions = Contributions(words, rank: rank, pieces: pieces)
        // Each record's term is in the contributions now.
        words.term = []
        return contributions.index(keys: keys, words: words, jobs: jobs)
    }

    private static let batchSize = 256
}

/// A key as UTF-8 in a buffer that outlives it, compared as memory.
private struct BytesKey: Hashable {
    let bytes: UnsafeBufferPointer<UInt8>

    static func == (left: BytesKey, right: BytesKey) -> Bool {
        left.bytes.count == right.bytes.count
            && (left.bytes.isEmpty || memcmp(left.bytes.baseAddress!, right.bytes.baseAddress!, left.bytes.count) == 0)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    }
}

/// The words numbered so far, found by their bytes: a document's words are
/// looked up here without a String made for each.
private final class KnownWords: @unchecked Sendable {
    // Safe to share: filled in init and only read after.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let numbers: [BytesKey: Int32]

    init(_ vocabulary: [TextKey]) {
        bytes = .allocate(capacity: max(1, vocabulary.reduce(0) { $0 + $1.bytes.count }))
        var numbers = [BytesKey: Int32](minimumCapacity: vocabulary.count)
        var end = 0
        for (number, word) in vocabulary.enumerated() {
            let start = end
            end = UnsafeMutableBufferPointer(rebasing: bytes[start...]).initialize(from: word.bytes).1 + start
            numbers[BytesKey(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]))] = Int32(number)
        }
        self.numbers = numbers
    }

    deinit {
        bytes.deallocate()
    }

    func number(of word: BytesKey) -> Int32? {
        numbers[word]
    }
}

/// One document's distinct words: each with its score as a whole word and
/// its offsets, grouped by word.
private struct DocumentWords: Sendable {
    /// The words not known before, in the order met.
    var newWords: [TextKey] = []
    /// Each word's number in the vocabulary known before; for a new word,
    /// -1 less its place in `newWords`.
    var terms: [Int32] = []
    var scores: [Int32] = []
    /// Word `w`'s offsets end at `offsetEnds[w]`, and start where the
    /// previous word's end.
    var offsetEnds: [Int32] = []
    var offsets: [Int32] = []

    init(_ document: SearchDocument, known: KnownWords) {
        var text = SearchText()
        for (field, value) in document.fields { text.add(value, as: field) }
        var counts = [SIMD8<Int32>]()
        var found = [(word: Int32, offset: Int32)]()
        found.reserveCapacity(text.words.count)
        text.bytes.withUnsafeBufferPointer { bytes in
            // Keyed by the words' bytes where they lie: a String is made
            // only for each new word.
            var places = [BytesKey: Int]()
            places.reserveCapacity(text.words.count)
            for word in text.words {
                let key = BytesKey(bytes: UnsafeBufferPointer(rebasing: bytes[word.range]))
                let place = places[key] ?? {
                    places[key] = terms.count
                    if let number = known.number(of: key) {
                        terms.append(number)
                    } else {
                        terms.append(-1 - Int32(newWords.count))
                        newWords.append(TextKey(String(decoding: key.bytes, as: UTF8.self)))
                    }
                    counts.append(SIMD8())
                    return terms.count - 1
                }()
                counts[place][word.field.rawValue] += 1
                found.append((Int32(place), word.offset))
            }
        }
        scores = counts.map { counts in
            SearchDocument.Field.allCases.reduce(0) { $0 + $1.weight * min(counts[$1.rawValue], $1.cap) }
        }
        // Grouped by word with a counting sort; each group stays ascending.
        var ends = [Int32](repeating: 0, count: terms.count)
        for entry in found { ends[Int(entry.word)] += 1 }
        var total: Int32 = 0
        for word in ends.indices {
            total += ends[word]
            ends[word] = total
        }
        offsetEnds = ends
        var next = ends
        offsets = [Int32](repeating: 0, count: found.count)
        for entry in found.reversed() {
            next[Int(entry.word)] -= 1
            offsets[Int(next[Int(entry.word)])] = entry.offset
        }
    }
}

/// Every (document, word) pair of the site in document order, in columns,
/// and the words numbered in the order they were first met.
private struct WordRecords {
    var vocabulary: [TextKey] = []
    var numbers: [TextKey: Int32] = [:]
    var term: [Int32] = []
    var document: [Int32] = []
    var score: [Int32] = []
    /// Record `r`'s offsets are `offsetStart[r]..<offsetStart[r + 1]`.
    var offsetStart: [Int32] = [0]
    var offsets: [Int32] = []

    /// Room for `count` documents like the `seen` ones so far, with a
    /// little to spare: the columns reach tens of megabytes, and grown by
    /// doubling they were copied again and again, and overshot.
    mutating func reserveCapacity(forDocuments count: Int, likeThe seen: Int) {
        guard seen > 0, count > seen else { return }
        let scale = Double(count) / Double(seen) * 1.05
        let records = Int(Double(term.count) * scale)
        term.reserveCapacity(records)
        document.reserveCapacity(records)
        score.reserveCapacity(records)
        offsetStart.reserveCapacity(records + 1)
        offsets.reserveCapacity(Int(Double(offsets.count) * scale))
    }

    /// The number of `word`, numbered now if it is new.
    mutating func number(of word: TextKey) -> Int32 {
        if let number = numbers[word] { return number }
        numbers[word] = Int32(vocabulary.count)
        vocabulary.append(word)
        return Int32(vocabulary.count - 1)
    }

    mutating func append(_ words: DocumentWords, as id: Int32) {
        var start: Int32 = 0
        for (place, known) in words.terms.enumerated() {
            let number = known >= 0 ? known : self.number(of: words.newWords[Int(-1 - known)])
            term.append(number)
            document.append(id)
            score.append(words.scores[place])
            let end = words.offsetEnds[place]
            offsets += words.offsets[Int(start)..<Int(end)]
            offsetStart.append(Int32(offsets.count))
            start = end
        }
    }
}

/// What each term's postings are made of: the records of the term itself,
/// and those of the longer words it sits inside (with where it sits),
/// grouped by term with a counting sort, so in document order within a term.
private struct Contributions {
    /// Term `t`'s contributions are `start[t]..<start[t + 1]`.
    var start: [Int32]
    var record: [Int32]
    /// Where the term starts inside the record's word; -1 for the word itself.
    var shift: [Int32]

    init(_ words: WordRecords, rank: [Int32], pieces: [[(term: Int32, shift: Int32)]]) {
        let terms = pieces.count
        var counts = [Int32](repeating: 0, count: terms + 1)
        for term in words.term {
            let sorted = Int(rank[Int(term)])
            counts[sorted] += 1
            for piece in pieces[sorted] { counts[Int(piece.term)] += 1 }
        }
        var total: Int32 = 0
        for term in 0...terms {
            let count = counts[term]
            counts[term] = total
            total += count
        }
        start = counts
        var next = counts
        record = [Int32](repeating: 0, count: Int(total))
        shift = [Int32](repeating: 0, count: Int(total))
        func add(_ term: Int, _ recordNumber: Int, _ at: Int32) {
            let slot = Int(next[term])
            next[term] += 1
            record[slot] = Int32(recordNumber)
            shift[slot] = at
        }
        for (number, term) in words.term.enumerated() {
            let sorted = Int(rank[Int(term)])
            add(sorted, number, -1)
            for piece in pieces[sorted] { add(Int(piece.term), number, piece.shift) }
        }
    }

    /// The index: per term, per document, the contributions summed; in
    /// runs of terms on `jobs` threads.
    func index(keys: [String], words: WordRecords, jobs: Int) -> SearchIndex {
        let runs = stride(from: 0, to: keys.count, by: SearchIndex.runLength).map { $0..<min($0 + SearchIndex.runLength, keys.count) }
        return SearchIndex(keys: keys, runs: ParallelMap.map(runs, jobs: jobs) { run in postings(of: run, words: words) })
    }

    /// The postings of the terms `terms`, with ends counted from the run's start.
    private func postings(of terms: Range<Int>, words: WordRecords) -> SearchIndex.Run {
        var run = SearchIndex.Run()
        // The shared offsets are read through buffers: a slice of them
        // retains and releases its storage, for each of millions of contributions.
        words.offsets.withUnsafeBufferPointer { offsets in
            words.offsetStart.withUnsafeBufferPointer { offsetStart in
                func offsetsOf(_ record: Int) -> UnsafeBufferPointer<Int32> {
                    UnsafeBufferPointer(rebasing: offsets[Int(offsetStart[record])..<Int(offsetStart[record + 1])])
                }
                // Room for all of the run at once: grown by doubling, the
                // columns were copied over and over.
                let contributions = Int(start[terms.lowerBound])..<Int(start[terms.upperBound])
                run.offsets.reserveCapacity(contributions.reduce(0) { $0 + offsetsOf(Int(record[$1])).count })
                run.documents.reserveCapacity(contributions.count)
                run.scores.reserveCapacity(contributions.count)
                run.offsetEnds.reserveCapacity(contributions.count)
                run.postingEnds.reserveCapacity(terms.count)
                var counted = [Int32]()
                for term in terms {
                    var at = Int(start[term])
                    while at < Int(start[term + 1]) {
                        at = addPosting(from: at, of: term, words: words, offsetsOf: offsetsOf, to: &run, counted: &counted)
                    }
                    run.postingEnds.append(Int32(run.documents.count))
                }
            }
        }
        return run
    }

    /// Adds to `run` the posting of one document for `term`, from its
    /// contributions starting at `first`; gives where the next document's start.
    private func addPosting(from first: Int, of term: Int, words: WordRecords, offsetsOf: (Int) -> UnsafeBufferPointer<Int32>,
                            to run: inout SearchIndex.Run, counted: inout [Int32]) -> Int {
        let end = Int(start[term + 1])
        let document = words.document[Int(record[first])]
        var whole: Int32 = 0, inside: Int32 = 0
        counted.removeAll(keepingCapacity: true)
        let from = run.offsets.count
        var at = first
        while at < end, words.document[Int(record[at])] == document {
            let source = Int(record[at])
            let shift = shift[at]
            if shift < 0 {
                whole += words.score[source]
            } else if !counted.contains(Int32(source)) {
                // A word found inside a longer one counts half, once per
                // longer word: the reader asked for it, but the text says
                // something longer.
                counted.append(Int32(source))
                inside += words.score[source] / 2
            }
            if shift <= 0 {
                run.offsets += offsetsOf(source)
            } else {
                for offset in offsetsOf(source) { run.offsets.append(offset + shift) }
            }
            at += 1
        }
        // Offsets from several words of the page interleave; sorted in
        // place (a slice of the array would be copied).
        if at - first > 1 {
            run.offsets.withUnsafeMutableBufferPointer { all in
                var group = UnsafeMutableBufferPointer(rebasing: all[from...])
                group.sort()
            }
        }
        run.documents.append(document)
        run.scores.append(whole > 0 ? whole + inside : -inside)
        run.offsetEnds.append(Int32(run.offsets.count))
        return at
    }
}
