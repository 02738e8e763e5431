/// The search index as files under `/search/`, every name fingerprinted by
/// the bytes it stands for, so a browser may keep them forever:
///
/// - `index.HASH.json`, the manifest the search page names:
///   `{"version":1,"documents":N,"chunk":4,"terms":"HASH","files":F,
///   "prefixes":{"":0,"ก":1,"กร":2,…},"meta":"HASH"}`. A key is looked up
///   in file number `prefixes[p]` for the longest listed prefix `p` that
///   begins it.
/// - `t.HASH.N.json`, postings: `{"key":[doc,score,doc,score,…],…}`, the
///   first document id as it is, each next one as the difference from the
///   one before; a page's rank is its summed score.
/// - `p.HASH.N.json`, beside each postings file, the offsets where each key
///   starts (whole or inside a longer word), per document in the same
///   order: `{"key":[count,offset,delta…,count,…]}`. Only a query word that
///   is no term reads them (`search.js`).
/// - `m.HASH.N.json`, what results show, `chunk` documents a file:
///   `[[title,url,date,summary,language],…]`.
///
/// One hash names all the term files and one all the metadata files (a new
/// release changes most of them anyway): the manifest stays a few
/// kilobytes instead of listing a thousand names.
struct SearchFiles: Sendable {
    /// Paths relative to the output folder, with their bytes, in a fixed order.
    let files: [(path: String, bytes: [UInt8])]
    /// The site path of the manifest, for the search page.
    let manifest: String

    /// Documents a metadata file holds: the ten results a query shows may
    /// sit in ten different files, so each is small (about 3 KB of Thai).
    static let chunk = 4

    static func make(_ index: SearchIndex, _ documents: [SearchDocument]) -> SearchFiles {
        let entries = index.terms.map { term in
            SearchShards.Entry(key: term.key, scalars: Array(term.key.unicodeScalars),
                               postings: entry(term.key, postings(term.postings)), offsets: entry(term.key, offsets(term.postings)))
        }
        let leaves = SearchShards.leaves(entries)
        var termFiles = [(postings: [UInt8], offsets: [UInt8])]()
        var prefixes = [(String, JSONValue)]()
        for (number, leafIndices) in SearchShards.files(leaves, entries).enumerated() {
            let range = leaves[leafIndices[0]].entries.lowerBound..<leaves[leafIndices[leafIndices.count - 1]].entries.upperBound
            termFiles.append((object(entries[range].map(\.postings)), object(entries[range].map(\.offsets))))
            prefixes += leafIndices.map { (leaves[$0].prefix, .integer(number)) }
        }
        let metaFiles = stride(from: 0, to: documents.count, by: chunk).map { start in
            JSONValue.array(documents[start..<min(start + chunk, documents.count)].map { document in
                .array([.string(document.title), .string(document.url), .string(document.date), .string(document.summary),
                        .string(document.language)])
            }).bytes
        }

        let termHash = fingerprint("t", termFiles.flatMap { [$0.postings, $0.offsets] })
        let metaHash = fingerprint("m", metaFiles)
        var files = [(path: String, bytes: [UInt8])]()
        for (number, file) in termFiles.enumerated() {
            files += [("search/t.\(termHash).\(number).json", file.postings), ("search/p.\(termHash).\(number).json", file.offsets)]
        }
        files += metaFiles.enumerated().map { ("search/m.\(metaHash).\($0.offset).json", $0.element) }
        let manifest = JSONValue.object([
            ("version", .integer(1)), ("documents", .integer(documents.count)), ("chunk", .integer(chunk)),
            ("terms", .string(termHash)), ("files", .integer(termFiles.count)), ("prefixes", .object(prefixes)),
            ("meta", .string(metaHash)),
        ]).bytes
        let manifestName = "index.\(fingerprint("index", [manifest])).json"
        files.append(("search/" + manifestName, manifest))
        return SearchFiles(files: files, manifest: "/search/" + manifestName)
    }

    /// `"key":[numbers]`.
    private static func entry(_ key: String, _ numbers: [Int32]) -> [UInt8] {
        var bytes = JSONValue.string(key).bytes
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: "["))
        for (index, number) in numbers.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: String(number).utf8)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }

    private static func postings(_ postings: [SearchIndex.Posting]) -> [Int32] {
        var numbers = [Int32]()
        numbers.reserveCapacity(postings.count * 2)
        var previous: Int32 = 0
        for posting in postings {
            numbers += [posting.document - previous, posting.score]
            previous = posting.document
        }
        return numbers
    }

    private static func offsets(_ postings: [SearchIndex.Posting]) -> [Int32] {
        var numbers = [Int32]()
        for posting in postings {
            numbers.append(Int32(posting.offsets.count))
            var previous: Int32 = 0
            for offset in posting.offsets {
                numbers.append(offset - previous)
                previous = offset
            }
        }
        return numbers
    }

    private static func object(_ members: [[UInt8]]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for (index, member) in members.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += member
        }
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    /// 48 bits of the hash of `parts`, as 12 hex digits.
    private static func fingerprint(_ kind: String, _ parts: [[UInt8]]) -> String {
        String(ContentHash.of(parts.map { (path: kind, bytes: $0) }).prefix(12))
    }
}
