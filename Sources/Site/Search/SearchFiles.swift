import Content
import Thai

/// The search index as files under `/search/`, every name fingerprinted by
/// the bytes it stands for, so a browser may keep them forever:
///
/// - `index.HASH.json`, the manifest the search page names:
///   `{"version":2,"documents":N,"chunk":4,"terms":"HASH","files":F,
///   "prefixes":{"":0,"ก":1,"กร":2,…},"meta":"HASH"}`. A key is looked up
///   in file number `prefixes[p]` for the longest listed prefix `p` that
///   begins it.
/// - `t.HASH.N.json`, postings: `{"key":[doc,score,doc,score,…],…}`, the
///   first document id as it is, each next one as the difference from the
///   one before; a page's rank is its summed score, and a negative score
///   means the page has the key only inside longer words.
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
///
/// The term files are made when they are written (``file(_:)``), not kept:
/// on a large site they are tens of megabytes. Their hash is worked out
/// beforehand from the hashes of the entries they are made of.
struct SearchFiles: Sendable {
    private let index: SearchIndex
    /// Per term file, the terms it holds.
    private let termFiles: [Range<Int>]
    private let termHash: String
    private let metaFiles: [[UInt8]]
    private let metaHash: String
    private let manifestBytes: [UInt8]
    /// The manifest's path relative to the output folder.
    private let manifestFile: String

    /// Documents a metadata file holds: the ten results a query shows may
    /// sit in ten different files, so each is small (about 3 KB of Thai).
    static let chunk = 4

    /// The format of the files, in the manifest and in every fingerprint.
    static let version = 2

    /// The site path of the manifest, for the search page.
    var manifest: String { "/" + manifestFile }

    /// How many files ``file(_:)`` makes.
    var count: Int { termFiles.count * 2 + metaFiles.count + 1 }

    /// File `number`: its path relative to the output folder, and its bytes.
    func file(_ number: Int) -> (path: String, bytes: [UInt8]) {
        let terms = termFiles.count * 2
        if number < terms {
            let kind: Kind = number % 2 == 0 ? .postings : .offsets
            return ("search/\(kind.rawValue).\(termHash).\(number / 2).json", Self.object(index, termFiles[number / 2], kind))
        }
        if number < terms + metaFiles.count {
            return ("search/m.\(metaHash).\(number - terms).json", metaFiles[number - terms])
        }
        return (manifestFile, manifestBytes)
    }

    init(_ index: SearchIndex, _ documents: [SearchDocument], jobs: Int) {
        self.index = index
        // Each term's entries made once here, for their size and hash: the
        // files are made again only when written.
        let entries = ParallelMap.map(index.keys.indices, jobs: jobs) { term in
            Kind.allCases.map { kind in
                var bytes = [UInt8]()
                Self.entry(index, term, kind, into: &bytes)
                return (size: bytes.count, hash: StableHash(bytes).value)
            }
        }
        let sizes = entries.map { $0[0].size }
        let leaves = SearchShards.leaves(index.keys.map { Array($0.unicodeScalars) }, sizes: sizes)
        var termFiles = [Range<Int>]()
        var prefixes = [(String, JSONValue)]()
        for (number, leafIndices) in SearchShards.files(leaves, sizes: sizes).enumerated() {
            termFiles.append(leaves[leafIndices[0]].terms.lowerBound..<leaves[leafIndices[leafIndices.count - 1]].terms.upperBound)
            prefixes += leafIndices.map { (leaves[$0].prefix, .integer(number)) }
        }
        self.termFiles = termFiles
        // A file's bytes are its entries in order: the hash of each entry,
        // with where each file ends, stands for the bytes of every file.
        termHash = Self.fingerprint("t", termFiles.flatMap { terms in
            [UInt64(terms.upperBound)] + entries[terms].flatMap { $0.map(\.hash) }
        })
        metaFiles = stride(from: 0, to: documents.count, by: Self.chunk).map { start in
            JSONValue.array(documents[start..<min(start + Self.chunk, documents.count)].map { document in
                .array([.string(document.title), .string(document.url), .string(document.date), .string(document.summary),
                        .string(document.language)])
            }).bytes
        }
        metaHash = Self.fingerprint("m", metaFiles.map { StableHash($0).value })
        manifestBytes = JSONValue.object([
            ("version", .integer(Self.version)), ("documents", .integer(documents.count)), ("chunk", .integer(Self.chunk)),
            ("terms", .string(termHash)), ("files", .integer(termFiles.count)), ("prefixes", .object(prefixes)),
            ("meta", .string(metaHash)),
        ]).bytes
        manifestFile = "search/index.\(Self.fingerprint("index", [StableHash(manifestBytes).value])).json"
    }

    private enum Kind: String, CaseIterable {
        case postings = "t", offsets = "p"
    }

    /// `{"key":[…],…}` for `terms`.
    private static func object(_ index: SearchIndex, _ terms: Range<Int>, _ kind: Kind) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for term in terms {
            if term > terms.lowerBound { bytes.append(UInt8(ascii: ",")) }
            entry(index, term, kind, into: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    /// `"key":[numbers]`.
    private static func entry(_ index: SearchIndex, _ term: Int, _ kind: Kind, into bytes: inout [UInt8]) {
        JSONValue.string(index.keys[term]).write(to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: "["))
        let start = bytes.count
        switch kind {
        case .postings:
            var previous: Int32 = 0
            index.forEachPosting(of: term) { document, score in
                element(document - previous, after: start, into: &bytes)
                element(score, after: start, into: &bytes)
                previous = document
            }
        case .offsets:
            index.forEachOffsets(of: term) { offsets in
                element(Int32(offsets.count), after: start, into: &bytes)
                var last: Int32 = 0
                for offset in offsets {
                    element(offset - last, after: start, into: &bytes)
                    last = offset
                }
            }
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// `value` as an element of the array whose elements start at `start`:
    /// a comma unless it is the first, and the number in decimal.
    ///
    /// Made right to left in sixteen bytes on the stack and appended in
    /// one go: the files hold millions of numbers, and appending them a
    /// digit at a time checked the array's capacity for every digit.
    @inline(__always)
    private static func element(_ value: Int32, after start: Int, into bytes: inout [UInt8]) {
        var text: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &text) { buffer in
            var at = buffer.count
            var rest = value.magnitude
            repeat {
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 {
                at -= 1
                buffer[at] = UInt8(ascii: "-")
            }
            if bytes.count > start {
                at -= 1
                buffer[at] = UInt8(ascii: ",")
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[at...]).assumingMemoryBound(to: UInt8.self))
        }
    }

    /// 48 bits of a hash over the format version and the hashes of the
    /// files `kind` names, as 12 hex digits.
    private static func fingerprint(_ kind: String, _ hashes: some Sequence<UInt64>) -> String {
        var hash = StableHash()
        hash.add("\(kind) \(version)".utf8)
        for value in hashes { withUnsafeBytes(of: value.littleEndian) { hash.add($0) } }
        return hash.hex(digits: 12)
    }
}
