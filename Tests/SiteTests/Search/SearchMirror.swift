@testable import Site
import Thai

/// What `search.js` does with a query, in Swift, over an index in memory:
/// the tests check the index through it.
///
/// A query is cut with ICU and normalised like content. Words typed
/// together (no space) form a run; a page matches a run when it contains
/// the run's text: as a term of the index, or as terms that spell it
/// standing glued together (their offsets say so). Only when no page
/// contains a run's text must its words each be found instead. Every run
/// must match (AND).
struct SearchMirror {
    let index: SearchIndex
    private let postings: [String: [SearchIndex.Posting]]

    init(_ documents: [SearchDocument]) {
        index = SearchIndex.build(documents, jobs: 2)
        postings = Dictionary(uniqueKeysWithValues: index.terms.map { ($0.key, $0.postings) })
    }

    /// The query's runs of words typed together, as keys.
    static func runs(_ query: String) -> [[String]] {
        let text = ThaiNormalizer.normalized(query)
        var runs = [[String]]()
        var run = [String]()
        for segment in ThaiWords.segments(in: text) {
            let key = SearchKey.make(text[segment.range])
            if segment.isWord && SearchText.isSearchable(key) {
                run.append(key)
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    /// Document ids matching `query`, best first, then newest.
    func search(_ query: String) -> [Int] {
        search(runs: Self.runs(query))
    }

    /// The same for a query already cut, as another segmenter might cut it.
    func search(runs: [[String]]) -> [Int] {
        guard let first = runs.first else { return [] }
        var total = matches(run: first)
        for run in runs.dropFirst() {
            total = and(total, matches(run: run))
        }
        return total.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.map { Int($0.key) }
    }

    private func and(_ first: [Int32: Int32], _ second: [Int32: Int32]) -> [Int32: Int32] {
        first.reduce(into: [:]) { result, entry in
            if let score = second[entry.key] { result[entry.key] = entry.value + score }
        }
    }

    private func matches(run: [String]) -> [Int32: Int32] {
        let whole = matches(run.joined())
        guard whole.isEmpty, run.count > 1 else { return whole }
        return run.dropFirst().reduce(matches(run[0])) { and($0, matches($1)) }
    }

    /// Pages containing `text`: as a term, else as terms glued together.
    private func matches(_ text: String) -> [Int32: Int32] {
        if let list = postings[text] {
            return Dictionary(uniqueKeysWithValues: list.map { ($0.document, $0.score) })
        }
        guard let pieces = split(Array(text), from: 0) else { return [:] }
        let lists = pieces.map { piece in Dictionary(uniqueKeysWithValues: (postings[piece] ?? []).map { ($0.document, $0) }) }
        var starts = [Int32](repeating: 0, count: pieces.count)
        for index in pieces.indices.dropFirst() {
            starts[index] = starts[index - 1] + Int32(pieces[index - 1].utf16.count)
        }
        var found = [Int32: Int32]()
        for (document, first) in lists[0] {
            let glued = first.offsets.contains { start in
                pieces.indices.allSatisfy { lists[$0][document]?.offsets.contains(start + starts[$0]) == true }
            }
            if glued { found[document] = lists.compactMap { $0[document]?.score }.min() }
        }
        return found
    }

    /// `characters` as terms that spell them, longest first; never the whole.
    private func split(_ characters: [Character], from start: Int) -> [String]? {
        if start == characters.count { return [] }
        for end in stride(from: characters.count, to: start, by: -1) where !(start == 0 && end == characters.count) {
            let piece = String(characters[start..<end])
            if postings[piece] != nil, let rest = split(characters, from: end) { return [piece] + rest }
        }
        return nil
    }
}

extension SearchDocument {
    /// A release-like document with the given texts.
    static func test(title: String, body: String, tags: [String] = [], bureaus: [String] = [], summary: String = "") -> SearchDocument {
        var fields: [(field: Field, text: String)] = [(.title, title)]
        fields += tags.map { (.tag, $0) } + bureaus.map { (.bureau, $0) }
        fields += [(.summary, summary), (.body, body)]
        return SearchDocument(fields: fields, title: title, url: "/", date: "", summary: summary, language: "th")
    }
}
