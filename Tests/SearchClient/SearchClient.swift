import Foundation
import Thai

/// What `templates/assets/search.js` does with a query, in Swift, over the
/// files of a built index: the index's tests and the recall benchmark both
/// query through it, so each step of the script has one Swift copy.
///
/// A query is cut with ICU and repaired like content. Words typed together
/// (no space) form a run; a page matches a run when it contains the run's
/// text: as a term of the index, or as terms that spell it standing glued
/// together (their offsets say so). Only when no page contains a run's text
/// must its words each be found instead. Every run must match (AND). A
/// negative score marks a page that has a word only inside longer words;
/// such pages rank after the rest, as the script lists them apart.
public final class SearchClient {
    /// The ranked documents of a query: the first `whole` have every word
    /// as a word, the rest have some only inside longer words.
    public struct Results: Equatable, Sendable {
        public let ranked: [Int]
        public let whole: Int

        public init(ranked: [Int], whole: Int) {
            self.ranked = ranked
            self.whole = whole
        }

        /// The whole-word matches.
        public var words: ArraySlice<Int> { ranked.prefix(whole) }
        /// The matches inside longer words, listed apart.
        public var inside: ArraySlice<Int> { ranked.dropFirst(whole) }
    }

    private let read: (String) -> Data?
    private var cache = [String: Any]()
    private let manifestName: String
    private let prefixes: [String: Int]
    private let terms: String
    private let chunk: Int
    private let meta: String
    /// The files read since ``startQuery()``, as a browser downloads them.
    public private(set) var downloaded = Set<String>()

    /// `manifest`: the manifest's name in the search folder; `read` gives a
    /// file of that folder by name.
    public init?(manifest: String, read: @escaping (String) -> Data?) {
        self.read = read
        manifestName = manifest
        guard let data = read(manifest), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let prefixes = object["prefixes"] as? [String: Int], let terms = object["terms"] as? String,
              let chunk = object["chunk"] as? Int, let meta = object["meta"] as? String else { return nil }
        self.prefixes = prefixes
        self.terms = terms
        self.chunk = chunk
        self.meta = meta
        downloaded = [manifest]
    }

    /// Forgets what was downloaded, as a new page load would.
    public func startQuery() { downloaded = [manifestName] }

    /// The query's runs of words typed together, as keys.
    public static func runs(_ query: String) -> [[String]] {
        let text = ThaiNormalizer.normalized(query)
        var runs = [[String]]()
        var run = [String]()
        for segment in ThaiWords.segments(in: text) {
            let key = SearchKey.make(text[segment.range])
            if segment.isWord && key.unicodeScalars.contains(where: isLetterOrDigit) {
                run.append(key)
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    /// Ranked documents for `query`, as the script ranks them on submit.
    public func search(_ query: String) -> Results {
        search(runs: Self.runs(query))
    }

    /// The same for a query already cut, as another segmenter might cut it.
    public func search(runs: [[String]]) -> Results {
        guard !runs.isEmpty else { return Results(ranked: [], whole: 0) }
        let matched = and(runs.map { run in
            let whole = contains(run.joined())
            return whole.isEmpty && run.count > 1 ? and(run.map(contains)) : whole
        })
        let ranked = matched.sorted { ($0.value > 0 ? 1 : 0, abs($0.value), $0.key) > ($1.value > 0 ? 1 : 0, abs($1.value), $1.key) }
        return Results(ranked: ranked.map(\.key), whole: ranked.count { $0.value > 0 })
    }

    /// `[title, url, date, summary, language]` of `document`.
    public func metadata(_ document: Int) -> [String] {
        let rows = load("m.\(meta).\(document / chunk).json") as? [[String]] ?? []
        return document % chunk < rows.count ? rows[document % chunk] : []
    }

    /// Every term of the index, from its files.
    public func allTerms() -> [String] {
        Set(prefixes.values).flatMap { (load(file("t", $0)) as? [String: [Int]] ?? [:]).keys }.sorted()
    }

    // MARK: Steps of search.js

    private func load(_ name: String) -> Any {
        downloaded.insert(name)
        if let cached = cache[name] { return cached }
        let value = read(name).flatMap { try? JSONSerialization.jsonObject(with: $0) } ?? [String: Any]()
        cache[name] = value
        return value
    }

    private func fileOf(_ term: String) -> Int {
        let scalars = Array(term.unicodeScalars)
        for length in stride(from: scalars.count, through: 0, by: -1) {
            if let file = prefixes[String(String.UnicodeScalarView(scalars.prefix(length)))] { return file }
        }
        return -1
    }

    private func file(_ kind: String, _ number: Int) -> String { "\(kind).\(terms).\(number).json" }

    private func list(_ kind: String, _ term: String) -> [Int]? {
        let number = fileOf(term)
        return number < 0 ? nil : (load(file(kind, number)) as? [String: [Int]])?[term]
    }

    private func decode(_ list: [Int]) -> [(document: Int, score: Int)] {
        var result = [(document: Int, score: Int)]()
        var document = 0
        for index in stride(from: 0, to: list.count - 1, by: 2) {
            document += list[index]
            result.append((document, list[index + 1]))
        }
        return result
    }

    private func postings(_ term: String) -> [Int: Int]? {
        list("t", term).map { Dictionary(uniqueKeysWithValues: decode($0).map { ($0.document, $0.score) }) }
    }

    private func offsets(_ term: String) -> [Int: Set<Int>] {
        let places = list("p", term) ?? []
        var result = [Int: Set<Int>]()
        var at = 0
        for (document, _) in decode(list("t", term) ?? []) {
            let count = places[at]
            at += 1
            var set = Set<Int>()
            var offset = 0
            for _ in 0..<count {
                offset += places[at]
                at += 1
                set.insert(offset)
            }
            result[document] = set
        }
        return result
    }

    /// `scalars` as terms that spell them, longest first; never the whole.
    /// Code points, as a JavaScript `Array.from(text)` gives them.
    private func split(_ scalars: [Unicode.Scalar], _ start: Int) -> [String]? {
        if start == scalars.count { return [] }
        for end in stride(from: scalars.count, to: start, by: -1) where !(start == 0 && end == scalars.count) {
            let piece = String(String.UnicodeScalarView(scalars[start..<end]))
            if list("t", piece) != nil, let rest = split(scalars, end) { return [piece] + rest }
        }
        return nil
    }

    /// Pages containing `text`: as a term, else as terms glued together.
    private func contains(_ text: String) -> [Int: Int] {
        if let direct = postings(text) { return direct }
        guard let pieces = split(Array(text.unicodeScalars), 0) else { return [:] }
        let scores = pieces.map { postings($0) ?? [:] }
        let places = pieces.map(offsets)
        var starts = [0]
        for index in pieces.indices.dropFirst() { starts.append(starts[index - 1] + pieces[index - 1].utf16.count) }
        var found = [Int: Int]()
        for document in scores[0].keys where scores.allSatisfy({ $0[document] != nil }) {
            let glued = (places[0][document] ?? []).contains { start in
                places.indices.allSatisfy { places[$0][document]?.contains(start + starts[$0]) == true }
            }
            guard glued else { continue }
            let all = scores.compactMap { $0[document] }
            found[document] = (all.allSatisfy { $0 > 0 } ? 1 : -1) * (all.map(abs).min() ?? 0)
        }
        return found
    }

    /// Two scores of one page summed: a whole-word match only if both are.
    private func add(_ first: Int, _ second: Int) -> Int {
        (first > 0 && second > 0 ? 1 : -1) * (abs(first) + abs(second))
    }

    private func and(_ maps: [[Int: Int]]) -> [Int: Int] {
        guard let first = maps.first else { return [:] }
        return maps.dropFirst().reduce(first) { result, next in
            result.reduce(into: [:]) { if let score = next[$1.key] { $0[$1.key] = add($1.value, score) } }
        }
    }

    /// search.js's test for a word: a letter or a decimal digit.
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: true
        default: false
        }
    }
}
