/// The search index as files under `/search/`, every name fingerprinted by
/// its bytes so a browser may keep them forever:
///
/// - `index.HASH.json`, the manifest the search page names:
///   `{"version":1,"documents":N,"chunk":16,"files":[["t.HASH.json","p.HASH.json"],…],
///   "prefixes":{"":0,"ก":1,"กร":2,…},"meta":["m.HASH.json",…]}`.
///   A key is looked up in the file of the longest prefix that begins it.
/// - `t.HASH.json`, postings: `{"key":[doc,score,doc,score,…],…}`, the
///   first document id as it is, each next one as the difference from the
///   one before; documents are ranked by the summed score.
/// - `p.HASH.json`, beside each postings file, the offsets where each key
///   starts (whole or inside a longer word), per document in the same
///   order: `{"key":[count,offset,delta…,count,…]}`. Only the fallback for
///   a word ICU cut differently reads them (`search.js`).
/// - `m.HASH.json`, what results show, `chunk` documents a file:
///   `[[title,url,date,summary,language],…]`.
struct SearchFiles: Sendable {
    /// Paths relative to the output folder, with their bytes, in a fixed order.
    let files: [(path: String, bytes: [UInt8])]
    /// The site path of the manifest, for the search page.
    let manifest: String

    /// Documents a metadata file holds: a result costs at most one such
    /// file (about 10 KB of Thai), and the manifest one name per file.
    static let chunk = 16

    static func make(_ index: SearchIndex, _ documents: [SearchDocument]) -> SearchFiles {
        let entries = index.terms.map { term in
            SearchShards.Entry(key: term.key, scalars: Array(term.key.unicodeScalars),
                               postings: entry(term.key, postings(term.postings)), offsets: entry(term.key, offsets(term.postings)))
        }
        let leaves = SearchShards.leaves(entries)
        var files = [(path: String, bytes: [UInt8])]()
        var fileNames = [JSONValue]()
        var prefixes = [(String, JSONValue)]()
        for (number, leafIndices) in SearchShards.files(leaves, entries).enumerated() {
            let range = leaves[leafIndices[0]].entries.lowerBound..<leaves[leafIndices[leafIndices.count - 1]].entries.upperBound
            let postings = object(entries[range].map(\.postings))
            let offsets = object(entries[range].map(\.offsets))
            let postingsName = fingerprinted("t", postings), offsetsName = fingerprinted("p", offsets)
            files += [("search/" + postingsName, postings), ("search/" + offsetsName, offsets)]
            fileNames.append(.array([.string(postingsName), .string(offsetsName)]))
            prefixes += leafIndices.map { (leaves[$0].prefix, .integer(number)) }
        }

        var metaNames = [JSONValue]()
        for start in stride(from: 0, to: documents.count, by: chunk) {
            let bytes = JSONValue.array(documents[start..<min(start + chunk, documents.count)].map { document in
                .array([.string(document.title), .string(document.url), .string(document.date), .string(document.summary),
                        .string(document.language)])
            }).bytes
            let name = fingerprinted("m", bytes)
            files.append(("search/" + name, bytes))
            metaNames.append(.string(name))
        }

        let manifest = JSONValue.object([
            ("version", .integer(1)), ("documents", .integer(documents.count)), ("chunk", .integer(chunk)),
            ("files", .array(fileNames)), ("prefixes", .object(prefixes)), ("meta", .array(metaNames)),
        ]).bytes
        let manifestName = fingerprinted("index", manifest)
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

    /// `t` → `t.3f2a1c9e04b1.json`: 48 bits of the bytes' hash.
    private static func fingerprinted(_ kind: String, _ bytes: [UInt8]) -> String {
        "\(kind).\(ContentHash.of([(path: kind, bytes: bytes)]).prefix(12)).json"
    }
}
