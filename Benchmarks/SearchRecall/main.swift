// Measures the search index a `khao build` wrote, as the search script uses it:
//
//     swift build -c release --product khao --product search-recall
//     .build/release/khao build --site SITE --output OUT
//     .build/release/search-recall SITE OUT [--words 50] [--phrases 10] [--seed 1]
//
// Picks Thai words, two-word phrases and pairs of words typed together
// (compounds) from the bodies of random releases and runs each as a query
// through SearchClient, the Swift copy of search.js, over the real files
// under OUT/search/, counting the bytes a browser would download (manifest,
// postings and offsets files, and the metadata of the first 10 results).
// A release is relevant when ICU's split of its text (title, tags, bureaus,
// summary, body) has every word of the query, standing together for a
// compound (PAGEFIND-THAI.md's ground truth). Recall and precision are over
// the results listed as word matches; the report also counts the releases
// that hold the words only inside longer words (a substring scan), how many
// of those are listed apart, and checks that every result contains the
// query's words. A benchmark, not a test.
import Content
import Foundation
import Markdown
import SearchClient
import TestSupport
import Thai

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String, _ fallback: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let value = Int(arguments[index + 1]) else { return fallback }
    arguments.removeSubrange(index...index + 1)
    return value
}
let wordCount = option("--words", 50)
let phraseCount = option("--phrases", 10)
let seed = UInt64(option("--seed", 1))
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: search-recall SITE OUTPUT [--words 50] [--phrases 10] [--seed 1]\n".utf8))
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

guard let client = SearchClient(manifest: manifestName, read: { FileManager.default.contents(atPath: searchFolder + $0) }) else {
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
    /// The body's segments in order: a word's key, or nil for what is no
    /// word (a space, punctuation), so that glued words can be told apart.
    let bodyTokens: [String?]
    /// Pairs of words standing glued in the text, as "first second".
    let glued: Set<String>
    let text: String
}
@Sendable func tokens(_ text: String) -> [String?] {
    ThaiWords.segments(in: text).map { $0.isWord ? SearchKey.make(text[$0.range]) : nil }
}
let truths = ParallelMap.map(content.releases) { release -> Truth in
    let body = Markdown.render(release.body, firstLine: release.bodyLine) { _ in .keep }.plainText
    let texts = [release.title] + release.tags + release.bureaus.compactMap { bureauNames[$0] } + [release.summary ?? "", body]
    let all = texts.map(tokens)
    var glued = Set<String>()
    for list in all {
        for (first, second) in zip(list, list.dropFirst()) {
            if let first, let second { glued.insert(first + " " + second) }
        }
    }
    return Truth(url: "/news/\(release.year(in: zone))/\(release.slug)/", words: Set(all.joined().compactMap { $0 }),
                 bodyTokens: all[all.count - 1], glued: glued, text: SearchKey.make(texts.joined(separator: "\n")))
}
let releaseByURL = Dictionary(truths.indices.map { (truths[$0].url, $0) }, uniquingKeysWith: { first, _ in first })

// MARK: Queries

/// A Thai word of two characters or more.
func isThaiWord(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first else { return false }
    return ((0x0E01...0x0E2E).contains(first.value) || (0x0E40...0x0E44).contains(first.value)) && word.count >= 2
}

/// A query and the releases that should be found for it (ground truth
/// as in PAGEFIND-THAI.md: every ICU word of the query as an ICU word; for
/// words typed together, standing together).
struct Query {
    let text: String
    let words: [String]
    let typedTogether: Bool

    func isRelevant(_ truth: Truth) -> Bool {
        typedTogether ? zip(words, words.dropFirst()).allSatisfy { truth.glued.contains($0 + " " + $1) } : words.allSatisfy(truth.words.contains)
    }
}

var generator = SplitMix(seed: seed)
@MainActor func randomTruth() -> Truth { truths[Int(generator.next() % UInt64(truths.count))] }
@MainActor func randomPlace(_ count: Int) -> Int { Int(generator.next() % UInt64(count)) }

var singles = [Query](), phrases = [Query](), compounds = [Query]()
while singles.count < wordCount {
    let body = randomTruth().bodyTokens.compactMap { $0 }
    guard !body.isEmpty else { continue }
    let word = body[randomPlace(body.count)]
    guard isThaiWord(word), !singles.contains(where: { $0.text == word }) else { continue }
    singles.append(Query(text: word, words: [word], typedTogether: false))
}
while phrases.count < phraseCount || compounds.count < phraseCount {
    let body = randomTruth().bodyTokens
    guard body.count > 2 else { continue }
    let place = randomPlace(body.count - 1)
    guard let first = body[place], let second = body[place + 1], isThaiWord(first), isThaiWord(second), first != second else { continue }
    if compounds.count < phraseCount {
        compounds.append(Query(text: first + second, words: [first, second], typedTogether: true))
    } else if !phrases.contains(where: { $0.words == [first, second] }) {
        phrases.append(Query(text: first + " " + second, words: [first, second], typedTogether: false))
    }
}

struct Tally {
    var relevant = 0, found = 0, shown = 0, listedApart = 0, insideOnly = 0, insideShown = 0, withoutText = 0
    var downloads = [Int]()
    var recall: Double { Double(found) / Double(max(1, relevant)) }
    var precision: Double { Double(found) / Double(max(1, shown)) }
}

/// Runs `queries`, printing a line each, and sums them up.
@MainActor func run(_ name: String, _ queries: [Query]) -> Tally {
    var tally = Tally()
    print("\n\(name)\nquery                          relevant  found  words  apart  inside-only  shown   bytes")
    for query in queries {
        client.startQuery()
        let results = client.search(query.text)
        for document in results.ranked.prefix(10) { _ = client.metadata(document) }
        let bytes = client.downloaded.reduce(0) { $0 + (sizes[$1] ?? 0) }
        tally.downloads.append(bytes)
        let release = { (document: Int) in releaseByURL[client.metadata(document).dropFirst().first ?? ""] }
        let words = Set(results.words.compactMap(release))
        let apart = Set(results.inside.compactMap(release))
        let relevant = Set(truths.indices.filter { query.isRelevant(truths[$0]) })
        let needle = query.words.joined(separator: query.typedTogether ? "" : " ")
        // Not relevant, yet with the query's text: inside longer words.
        let pieces = query.typedTogether ? [needle] : query.words
        let inside = Set(truths.indices.filter { !relevant.contains($0) && pieces.allSatisfy(truths[$0].text.contains) })
        tally.relevant += relevant.count
        tally.found += relevant.intersection(words).count
        tally.shown += words.count
        tally.listedApart += apart.count
        tally.insideOnly += inside.count
        tally.insideShown += inside.intersection(apart.union(words)).count
        tally.withoutText += words.union(apart).count { index in pieces.contains { !truths[index].text.contains($0) } }
        print(needle.padding(toLength: 30, withPad: " ", startingAt: 0),
              String(format: "%8d %6d %6d %6d %12d %6d %7d", relevant.count, relevant.intersection(words).count, words.count, apart.count,
                     inside.count, inside.intersection(apart.union(words)).count, bytes))
    }
    let sorted = tally.downloads.sorted()
    print(String(format: "%@: recall %.4f (%d of %d), precision %.4f (%d listed as word matches); %d listed apart as inside longer words",
                 name, tally.recall, tally.found, tally.relevant, tally.precision, tally.shown, tally.listedApart))
    print("  releases with the words only inside longer words: \(tally.insideOnly), of them listed: \(tally.insideShown);"
          + " results without the query's words: \(tally.withoutText)")
    print("  download per query: median \(sorted[sorted.count / 2]) bytes, max \(sorted.last ?? 0) bytes")
    return tally
}

let tallies = [run("single words", singles), run("two-word phrases", phrases), run("compounds (words typed together)", compounds)]
let relevant = tallies.reduce(0) { $0 + $1.relevant }, found = tallies.reduce(0) { $0 + $1.found }
let shown = tallies.reduce(0) { $0 + $1.shown }
print(String(format: "\noverall: recall %.4f, precision %.4f over %d queries", Double(found) / Double(max(1, relevant)),
             Double(found) / Double(max(1, shown)), singles.count + phrases.count + compounds.count))
