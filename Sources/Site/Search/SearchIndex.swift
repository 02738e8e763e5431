import Content

/// The inverted index, flat: every key, and for each the documents it is
/// found in with a score and the offsets where it starts.
///
/// Flat because a site of 10,000 releases has about two million
/// (key, document) pairs: a dictionary per document and an array per pair
/// held 500 MB where these packed lists hold 12 MB. They come in runs of
/// ``runLength`` terms, each made on its own thread.
struct SearchIndex: Sendable {
    /// The postings of a run of terms, packed (``PackedLists``, a list a
    /// term) in the order the files write them. Packed because they are
    /// kept until the files are written, while the records they are made
    /// from are alive too: as columns of `Int32` they held 34 MB on 10,000
    /// releases, packed 12 MB.
    struct Run: Sendable {
        /// Each posting's document less the previous posting's (the first
        /// as it is), and its score.
        var postings = PackedLists()
        /// Each posting's count of offsets, then each offset less the one
        /// before (the first as it is).
        var offsets = PackedLists()
    }

    /// Keys in code point order; a term's number is its place here.
    let keys: [String]
    let runs: [Run]

    static let runLength = 512

    /// Each posting of term `term`, documents ascending: its document and
    /// score. The score is field weights times capped term counts:
    /// positive when the document has the key as a word, negative when it
    /// has the key only inside longer words (`กรรมการ` in `คณะกรรมการ`),
    /// which the search page lists apart.
    func forEachPosting(of term: Int, _ body: (_ document: Int32, _ score: Int32) -> Void) {
        runs[term / Self.runLength].postings.read(term % Self.runLength) { reader in
            var document: Int32 = 0
            while !reader.isAtEnd {
                document += Int32(reader.next())
                body(document, reader.nextSigned())
            }
        }
    }

    /// For each posting of term `term`, in the same order, where the key
    /// starts in the document, ascending (see ``SearchText/Word/offset``):
    /// lent, not copied, since the files are made from millions of them.
    func forEachOffsets(of term: Int, _ body: (_ offsets: UnsafeBufferPointer<Int32>) -> Void) {
        var offsets = [Int32]()
        runs[term / Self.runLength].offsets.read(term % Self.runLength) { reader in
            while !reader.isAtEnd {
                offsets.removeAll(keepingCapacity: true)
                var offset: Int32 = 0
                for _ in 0..<reader.next() {
                    offset += Int32(reader.next())
                    offsets.append(offset)
                }
                offsets.withUnsafeBufferPointer(body)
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
            let known = words.known
            let made = ParallelMap.map(batch, jobs: jobs) { DocumentWords($0, known: known) }
            for document in made { words.append(document) }
            if start == 0 { words.reserveCapacity(forDocuments: documents.count, likeThe: batch.count) }
        }
        let order = words.vocabulary.indices.sorted { words.vocabulary[$0].bytes.lexicographicallyPrecedes(words.vocabulary[$1].bytes) }
        var rank = [Int32](repeating: 0, count: order.count)
        for (place, term) in order.enumerated() { rank[term] = Int32(place) }
        let keys = order.map { words.vocabulary[$0].string }
        let subWords = SubWords(vocabulary: Set(keys))
        let ids = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($0.element, Int32($0.offset)) })
        let pieces = ParallelMap.map(keys, jobs: jobs) { key in
            subWords.inside(key).compactMap { piece in ids[piece.piece].map { (term: $0, shift: Int8(piece.offset)) } }
        }
        let contributions = Contributions(words, rank: rank, pieces: pieces)
        // Each record's term is in the contributions now.
        words.term = []
        return contributions.index(keys: keys, words: words, jobs: jobs)
    }

    private static let batchSize = 256
}

/// The words numbered so far, found by their bytes: a document's words are
/// looked up here without a String made for each.
///
/// Grown word by word as the records number new words, never rebuilt: a
/// table made again from the whole vocabulary for every batch of
/// documents grew with the square of the site.
private final class KnownWords: @unchecked Sendable {
    // Safe to share: words are added only between batches, while no
    // thread reads it.
    /// The words' bytes, which the table's keys point into: blocks that
    /// never move, a new one when the last is full.
    private var blocks: [UnsafeMutableBufferPointer<UInt8>] = []
    private var used = 0
    private var numbers = BytesTable(capacity: 1 << 12)

    deinit {
        for block in blocks { block.deallocate() }
    }

    func number(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
        numbers.value(of: word)
    }

    /// The number of `word`, or `next` when it is new, which it is given.
    func number(of word: TextKey, orAdd next: Int32) -> Int32 {
        var string = word.string
        return string.withUTF8 { bytes in
            numbers.value(of: bytes) ?? numbers.value(of: keep(bytes)) { next }
        }
    }

    /// A copy of `bytes` that stays where it is for the life of the table.
    private func keep(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        if blocks.isEmpty || used + bytes.count > blocks[blocks.count - 1].count {
            blocks.append(.allocate(capacity: max(Self.blockSize, bytes.count)))
            used = 0
        }
        let kept = UnsafeMutableBufferPointer(rebasing: blocks[blocks.count - 1][used..<(used + bytes.count)])
        _ = kept.initialize(from: bytes)
        used += bytes.count
        return UnsafeBufferPointer(kept)
    }

    private static let blockSize = 1 << 16
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
            var places = BytesTable(capacity: text.words.count / 2)
            for word in text.words {
                let key = UnsafeBufferPointer(rebasing: bytes[word.range])
                let place = places.value(of: key) {
                    if let number = known.number(of: key) {
                        terms.append(number)
                    } else {
                        terms.append(-1 - Int32(newWords.count))
                        newWords.append(TextKey(String(decoding: key, as: UTF8.self)))
                    }
                    counts.append(SIMD8())
                    return Int32(terms.count - 1)
                }
                counts[Int(place)][word.field.rawValue] += 1
                found.append((place, word.offset))
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
    /// The vocabulary's numbers by bytes, which a batch's threads read.
    let known = KnownWords()
    var term: [Int32] = []
    /// At most 186 (``SearchDocument/Field``'s weights times caps).
    var score: [UInt8] = []
    /// Document `d`'s records start at `documentStarts[d]`; they are in
    /// document order, so a record's document needs no column of its own.
    var documentStarts: [Int32] = []
    /// Record `r`'s offsets are in `offsets[offsetStart[r]..<offsetStart[r + 1]]`,
    /// each less the one before, as ``VarInt``s: a byte or two each
    /// instead of four, for the few million offsets of a large site.
    var offsetStart: [Int32] = [0]
    var offsets: [UInt8] = []

    /// Room for `count` documents like the `seen` ones so far, with a
    /// little to spare: the columns reach tens of megabytes, and grown by
    /// doubling they were copied again and again, and overshot.
    mutating func reserveCapacity(forDocuments count: Int, likeThe seen: Int) {
        guard seen > 0, count > seen else { return }
        let scale = Double(count) / Double(seen) * 1.05
        let records = Int(Double(term.count) * scale)
        term.reserveCapacity(records)
        documentStarts.reserveCapacity(count)
        score.reserveCapacity(records)
        offsetStart.reserveCapacity(records + 1)
        offsets.reserveCapacity(Int(Double(offsets.count) * scale))
    }

    /// The number of `word`, numbered now if it is new.
    mutating func number(of word: TextKey) -> Int32 {
        let number = known.number(of: word, orAdd: Int32(vocabulary.count))
        if number == vocabulary.count { vocabulary.append(word) }
        return number
    }

    /// Adds the records of the next document.
    mutating func append(_ words: DocumentWords) {
        documentStarts.append(Int32(term.count))
        var start: Int32 = 0
        for (place, known) in words.terms.enumerated() {
            let number = known >= 0 ? known : self.number(of: words.newWords[Int(-1 - known)])
            term.append(number)
            score.append(UInt8(words.scores[place]))
            let end = words.offsetEnds[place]
            VarInt.append(ascending: words.offsets[Int(start)..<Int(end)], to: &offsets)
            offsetStart.append(Int32(offsets.count))
            start = end
        }
    }

    /// The document of record `record`, and where the next document's records start.
    func document(holding record: Int) -> (document: Int32, end: Int) {
        // The first document that starts after the record, by halves.
        var low = 0, high = documentStarts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(documentStarts[middle]) <= record { low = middle + 1 } else { high = middle }
        }
        return (Int32(low - 1), low < documentStarts.count ? Int(documentStarts[low]) : score.count)
    }
}

/// What each term's postings are made of: the records of the term itself,
/// and those of the longer words it sits inside (with where it sits),
/// grouped by term with a counting sort, so in document order within a term.
private struct Contributions {
    /// Term `t`'s contributions are `start[t]..<start[t + 1]`.
    var start: [Int32]
    var record: [Int32]
    /// Where the term starts inside the record's word; -1 for the word
    /// itself. A byte: ``SubWords`` cuts no word longer than
    /// ``SubWords/longestCut``.
    var shift: [Int8]

    init(_ words: WordRecords, rank: [Int32], pieces: [[(term: Int32, shift: Int8)]]) {
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
        shift = [Int8](repeating: 0, count: Int(total))
        func add(_ term: Int, _ recordNumber: Int, _ at: Int8) {
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
        words.offsets.withUnsafeBufferPointer { bytes in
            words.offsetStart.withUnsafeBufferPointer { starts in
                let offsets = RecordOffsets(bytes: bytes, starts: starts)
                // About what the run takes: grown by doubling, the bytes
                // were copied over and over.
                let contributions = Int(start[terms.lowerBound])..<Int(start[terms.upperBound])
                run.postings.reserveCapacity(lists: terms.count, bytes: contributions.count * 3)
                run.offsets.reserveCapacity(lists: terms.count, bytes: contributions.reduce(contributions.count) { $0 + offsets.byteCount(of: Int(record[$1])) })
                var posting = Posting()
                for term in terms {
                    var at = Int(start[term])
                    var previous: Int32 = 0
                    while at < Int(start[term + 1]) {
                        at = posting.gather(from: at, upTo: Int(start[term + 1]), of: self, words: words, offsets: offsets)
                        posting.pack(after: previous, into: &run)
                        previous = posting.document
                    }
                    run.postings.endList()
                    run.offsets.endList()
                }
            }
        }
        return run
    }

    /// The records' offsets (``WordRecords/offsets``), read in place.
    private struct RecordOffsets {
        let bytes: UnsafeBufferPointer<UInt8>
        let starts: UnsafeBufferPointer<Int32>

        func byteCount(of record: Int) -> Int {
            Int(starts[record + 1] - starts[record])
        }

        /// Appends the offsets of `record`, each plus `shift`.
        func append(of record: Int, plus shift: Int32, to offsets: inout [Int32]) {
            var reader = VarInt.Reader(bytes, Int(starts[record])..<Int(starts[record + 1]))
            var offset = shift
            while !reader.isAtEnd {
                offset += Int32(reader.next())
                offsets.append(offset)
            }
        }
    }

    /// One document's posting for a term, gathered from its contributions;
    /// reused from one posting to the next, with its buffers.
    private struct Posting {
        var document: Int32 = 0
        var score: Int32 = 0
        var offsets: [Int32] = []
        /// The records already counted inside a longer word.
        private var counted: [Int32] = []

        /// Gathers the contributions of one document from `first` (before
        /// `end`); gives where the next document's start.
        mutating func gather(from first: Int, upTo end: Int, of contributions: Contributions, words: WordRecords,
                             offsets recordOffsets: RecordOffsets) -> Int {
            let (document, documentEnd) = words.document(holding: Int(contributions.record[first]))
            self.document = document
            var whole: Int32 = 0, inside: Int32 = 0
            counted.removeAll(keepingCapacity: true)
            offsets.removeAll(keepingCapacity: true)
            var at = first
            while at < end, Int(contributions.record[at]) < documentEnd {
                let source = Int(contributions.record[at])
                let shift = contributions.shift[at]
                if shift < 0 {
                    whole += Int32(words.score[source])
                } else if !counted.contains(Int32(source)) {
                    // A word found inside a longer one counts half, once
                    // per longer word: the reader asked for it, but the
                    // text says something longer.
                    counted.append(Int32(source))
                    inside += Int32(words.score[source]) / 2
                }
                recordOffsets.append(of: source, plus: max(0, Int32(shift)), to: &offsets)
                at += 1
            }
            // Offsets from several words of the page interleave.
            if at - first > 1 { offsets.sort() }
            score = whole > 0 ? whole + inside : -inside
            return at
        }

        /// Appends the posting to `run`, its document as the difference
        /// from the term's `previous` one.
        func pack(after previous: Int32, into run: inout SearchIndex.Run) {
            run.postings.append(UInt32(document - previous))
            run.postings.append(signed: score)
            run.offsets.append(UInt32(offsets.count))
            run.offsets.append(ascending: offsets)
        }
    }
}
