// Measures the search index a `khao build` wrote, as the search script uses it:
//
//     swift build -c release --product khao --product search-recall
//     .build/release/khao build --site SITE --output OUT
//     .build/release/search-recall SITE OUT [--words 50] [--seed 1]
//
// Picks Thai words from the bodies of random releases and runs each as a query
// through a Swift copy of search.js's matching over the real files under
// OUT/search/, counting the bytes a browser would download (manifest, postings
// and offsets files, and the metadata of the first 10 results). A release is
// relevant when ICU's split of its text (title, tags, bureaus, summary, body)
// has the word; the report also counts the releases that hold the word only
// inside a longer word (a substring scan) and how many of those the results
// show, and checks that every result contains the word's text. A benchmark,
// not a test.
import Content
import Foundation
import Markdown
import Thai

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String, _ fallback: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let value = Int(arguments[index + 1]) else { return fallback }
    arguments.removeSubrange(index...index + 1)
    return value
}
let wordCount = option("--words", 50)
let seed = UInt64(option("--seed", 1))
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: search-recall SITE OUTPUT [--words 50] [--seed 1]\n".utf8))
    exit(2)
}
let (siteFolder, outputFolder) = (arguments[0], arguments[1])
let searchFolder = outputFolder + "/search/"

// MARK: The index, as files

let names = (try? FileManager.default.contentsOfDirectory(atPath: searchFolder)) ?? []
var sizes = [String: Int]()
for name in names where name.hasSuffix(".json") {
    sizes[name] = ((try? FileManager.default.attributesOfItem(atPath: searchFolder + name))?[.size] as? NSNumber)?.intValue ?? 0
}
@MainActor func total(_ kind: String) -> Int { sizes.filter { $0.key.hasPrefix(kind + ".") }.values.reduce(0, +) }
@MainActor func count(_ kind: String) -> Int { sizes.keys.count { $0.hasPrefix(kind + ".") } }
guard let manifestName = sizes.keys.first(where: { $0.hasPrefix("index.") }) else {
    FileHandle.standardError.write(Data("no search/index.*.json under \(outputFolder)\n".utf8))
    exit(1)
}
print(String(format: "index: %.1f MB in %d files: postings %.1f MB (%d), offsets %.1f MB (%d), metadata %.1f MB (%d), manifest %d bytes",
             Double(sizes.values.reduce(0, +)) / 1e6, sizes.count, Double(total("t")) / 1e6, count("t"), Double(total("p")) / 1e6, count("p"),
             Double(total("m")) / 1e6, count("m"), sizes[manifestName] ?? 0))

/// A Swift copy of search.js's matching, over the files, counting what it reads.
final class Client {
    private var cache = [String: Any]()
    private(set) var downloaded = Set<String>()
    let manifest: [String: Any]
    let prefixes: [String: Int]
    let terms: String

    init?(manifestName: String) {
        guard let data = FileManager.default.contents(atPath: searchFolder + manifestName),
              let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let prefixes = manifest["prefixes"] as? [String: Int], let terms = manifest["terms"] as? String else { return nil }
        self.manifest = manifest
        self.prefixes = prefixes
        self.terms = terms
        downloaded.insert(manifestName)
    }

    func startQuery(_ manifestName: String) { downloaded = [manifestName] }

    func load(_ name: String) -> Any {
        downloaded.insert(name)
        if let cached = cache[name] { return cached }
        let value = FileManager.default.contents(atPath: searchFolder + name).flatMap { try? JSONSerialization.jsonObject(with: $0) } ?? [:]
        cache[name] = value
        return value
    }

    func fileOf(_ term: String) -> Int {
        let scalars = Array(term.unicodeScalars)
        for length in stride(from: scalars.count, through: 0, by: -1) {
            if let file = prefixes[String(String.UnicodeScalarView(scalars.prefix(length)))] { return file }
        }
        return -1
    }

    func file(_ kind: String, _ number: Int) -> String { "\(kind).\(terms).\(number).json" }

    func terms(_ term: String) -> [String: [Int]] {
        let number = fileOf(term)
        return number < 0 ? [:] : (load(file("t", number)) as? [String: [Int]]) ?? [:]
    }

    func decode(_ list: [Int]) -> [(Int, Int)] {
        var result = [(Int, Int)]()
        var document = 0
        for index in stride(from: 0, to: list.count - 1, by: 2) {
            document += list[index]
            result.append((document, list[index + 1]))
        }
        return result
    }

    func postings(_ term: String) -> [Int: Int]? {
        terms(term)[term].map { Dictionary(uniqueKeysWithValues: decode($0)) }
    }

    func offsets(_ term: String) -> [Int: Set<Int>] {
        let number = fileOf(term)
        let list = (load(file("p", number)) as? [String: [Int]])?[term] ?? []
        var result = [Int: Set<Int>]()
        var at = 0
        for (document, _) in decode((load(file("t", number)) as? [String: [Int]])?[term] ?? []) {
            let count = list[at]
            at += 1
            var set = Set<Int>()
            var offset = 0
            for _ in 0..<count {
                offset += list[at]
                at += 1
                set.insert(offset)
            }
            result[document] = set
        }
        return result
    }

    func split(_ characters: [Unicode.Scalar], _ start: Int) -> [String]? {
        if start == characters.count { return [] }
        for end in stride(from: characters.count, to: start, by: -1) where !(start == 0 && end == characters.count) {
            let piece = String(String.UnicodeScalarView(characters[start..<end]))
            if terms(piece)[piece] != nil, let rest = split(characters, end) { return [piece] + rest }
        }
        return nil
    }

    func contains(_ text: String) -> [Int: Int] {
        if let direct = postings(text) { return direct }
        guard let pieces = split(Array(text.unicodeScalars), 0) else { return [:] }
        let scores = pieces.map { postings($0) ?? [:] }
        let places = pieces.map(offsets)
        var starts = [0]
        for index in pieces.indices.dropFirst() { starts.append(starts[index - 1] + pieces[index - 1].utf16.count) }
        var found = [Int: Int]()
        for (document, score) in scores[0] where scores.allSatisfy({ $0[document] != nil }) {
            let glued = (places[0][document] ?? []).contains { start in
                places.indices.allSatisfy { places[$0][document]?.contains(start + starts[$0]) == true }
            }
            if glued { found[document] = scores.compactMap { $0[document] }.min() ?? score }
        }
        return found
    }

    func and(_ maps: [[Int: Int]]) -> [Int: Int] {
        guard let first = maps.first else { return [:] }
        return maps.dropFirst().reduce(first) { result, next in
            result.reduce(into: [:]) { if let score = next[$1.key] { $0[$1.key] = $1.value + score } }
        }
    }

    /// Ranked document ids for `query`, as search.js ranks them (no prefix).
    func search(_ query: String) -> [Int] {
        var runs = [[String]]()
        var run = [String]()
        let text = ThaiNormalizer.normalized(query)
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
        let matched = and(runs.map { run in
            let whole = contains(run.joined())
            return whole.isEmpty && run.count > 1 ? and(run.map(contains)) : whole
        })
        return matched.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.map(\.key)
    }

    func metadata(_ document: Int) -> [String] {
        let chunk = manifest["chunk"] as? Int ?? 16
        let meta = manifest["meta"] as? String ?? ""
        let rows = load("m.\(meta).\(document / chunk).json") as? [[String]] ?? []
        return rows[document % chunk]
    }
}

guard let client = Client(manifestName: manifestName) else {
    FileHandle.standardError.write(Data("cannot read \(manifestName)\n".utf8))
    exit(1)
}

// MARK: The releases, as ICU reads them

let (loaded, _) = SiteContent.load(folder: siteFolder)
guard let content = loaded else {
    FileHandle.standardError.write(Data("cannot load \(siteFolder)\n".utf8))
    exit(1)
}
let zone = content.site.timeZone
let bureauNames = Dictionary(content.site.bureaus.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
struct Truth: Sendable {
    let url: String
    let words: Set<String>
    let bodyWords: [String]
    let text: String
}
let truths = ParallelMap.map(content.releases) { release -> Truth in
    let body = Markdown.render(release.body, firstLine: release.bodyLine) { _ in .keep }.plainText
    let texts = [release.title] + release.tags + release.bureaus.compactMap { bureauNames[$0] } + [release.summary ?? "", body]
    let words = texts.flatMap { ThaiWords.words(in: $0).map(SearchKey.make) }
    return Truth(url: "/news/\(release.year(in: zone))/\(release.slug)/", words: Set(words),
                 bodyWords: ThaiWords.words(in: body).map(SearchKey.make), text: SearchKey.make(texts.joined(separator: "\n")))
}
let releaseByURL = Dictionary(truths.indices.map { (truths[$0].url, $0) }, uniquingKeysWith: { first, _ in first })

// MARK: Queries

var generator = SplitMixGenerator(seed: seed)
var picked = [String]()
while picked.count < wordCount {
    let truth = truths[Int(generator.next() % UInt64(truths.count))]
    guard !truth.bodyWords.isEmpty else { continue }
    let word = truth.bodyWords[Int(generator.next() % UInt64(truth.bodyWords.count))]
    guard let first = word.unicodeScalars.first, (0x0E01...0x0E2E).contains(first.value) || (0x0E40...0x0E44).contains(first.value),
          word.count >= 2, !picked.contains(word) else { continue }
    picked.append(word)
}

var relevantTotal = 0, foundTotal = 0, retrievedTotal = 0, insideTotal = 0, insideShown = 0, withoutText = 0
var downloads = [Int]()
print("word                 relevant  found  results  inside-only  shown   bytes")
for word in picked {
    client.startQuery(manifestName)
    let ranked = client.search(word)
    for document in ranked.prefix(10) { _ = client.metadata(document) }
    let bytes = client.downloaded.reduce(0) { $0 + (sizes[$1] ?? 0) }
    downloads.append(bytes)
    let results = Set(ranked.compactMap { releaseByURL[client.metadata($0).count > 1 ? client.metadata($0)[1] : ""] })
    let relevant = Set(truths.indices.filter { truths[$0].words.contains(word) })
    let inside = Set(truths.indices.filter { !truths[$0].words.contains(word) && truths[$0].text.contains(word) })
    relevantTotal += relevant.count
    foundTotal += relevant.intersection(results).count
    retrievedTotal += results.count
    insideTotal += inside.count
    insideShown += inside.intersection(results).count
    withoutText += results.count { !truths[$0].text.contains(word) }
    print(word.padding(toLength: 20, withPad: " ", startingAt: 0),
          String(format: "%8d %6d %8d %12d %6d %7d", relevant.count, relevant.intersection(results).count, results.count, inside.count,
                 inside.intersection(results).count, bytes))
}
let sorted = downloads.sorted()
print(String(format: "recall %.4f (%d of %d); results that are ICU-word matches %.4f; results without the word's text: %d",
             Double(foundTotal) / Double(max(1, relevantTotal)), foundTotal, relevantTotal,
             Double(foundTotal) / Double(max(1, retrievedTotal)), withoutText))
print("releases with the word only inside a longer word: \(insideTotal), of them shown: \(insideShown)")
print("one-word query download: median \(sorted[sorted.count / 2]) bytes, max \(sorted.last ?? 0) bytes")

/// search.js's test for a word: a letter or a decimal digit.
func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: true
    default: false
    }
}

/// SplitMix64, so a run can be repeated word for word.
struct SplitMixGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
