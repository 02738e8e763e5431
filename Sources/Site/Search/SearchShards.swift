/// Splits the index's terms into files by prefix, so that a query downloads
/// only the files of its words.
///
/// Prefixes rather than hashes: the script must also find every term that
/// *starts* with the word being typed, and all of those sit under one
/// prefix. A prefix whose terms are too many for one file is split by the
/// next code point, as deep as needed (`ก` → `กร`, `กล`…); a term that
/// ends exactly at a split prefix stays under that prefix. Small
/// neighbouring prefixes then share a file. The script looks a key up under
/// the longest listed prefix that begins it.
enum SearchShards {
    /// About this many bytes of postings per file: small enough for the
    /// 150 KB budget of a query, large enough to keep the list of prefixes short.
    static let targetBytes = 24_000

    /// A term as written into the files.
    struct Entry: Sendable {
        let key: String
        let scalars: [Unicode.Scalar]
        /// `"key":[…]` in the postings file.
        let postings: [UInt8]
        /// `"key":[…]` in the offsets file.
        let offsets: [UInt8]
    }

    /// One prefix and the entries under it (a range of the sorted entries).
    struct Leaf: Sendable {
        let prefix: String
        let entries: Range<Int>
    }

    /// The prefixes `entries` (sorted by code point) fall under.
    static func leaves(_ entries: [Entry]) -> [Leaf] {
        var leaves = [Leaf]()
        split(entries, entries.indices, depth: 0, into: &leaves)
        return leaves
    }

    private static func split(_ entries: [Entry], _ range: Range<Int>, depth: Int, into leaves: inout [Leaf]) {
        guard !range.isEmpty else { return }
        let prefix = String(String.UnicodeScalarView(entries[range.lowerBound].scalars.prefix(depth)))
        let size = entries[range].reduce(0) { $0 + $1.postings.count }
        guard size > targetBytes, range.count > 1 else {
            leaves.append(Leaf(prefix: prefix, entries: range))
            return
        }
        var start = range.lowerBound
        // The term equal to the prefix sorts first and keeps the prefix.
        if entries[start].scalars.count == depth {
            leaves.append(Leaf(prefix: prefix, entries: start..<start + 1))
            start += 1
        }
        while start < range.upperBound {
            let next = entries[start].scalars[depth]
            var end = start + 1
            while end < range.upperBound && entries[end].scalars[depth] == next { end += 1 }
            split(entries, start..<end, depth: depth + 1, into: &leaves)
            start = end
        }
    }

    /// Neighbouring leaves packed into files of about ``targetBytes``: for
    /// each file, the indices of its leaves.
    static func files(_ leaves: [Leaf], _ entries: [Entry]) -> [[Int]] {
        var files = [[Int]]()
        var current = [Int]()
        var size = 0
        for (index, leaf) in leaves.enumerated() {
            let leafSize = entries[leaf.entries].reduce(0) { $0 + $1.postings.count }
            if !current.isEmpty && size + leafSize > targetBytes {
                files.append(current)
                current = []
                size = 0
            }
            current.append(index)
            size += leafSize
        }
        if !current.isEmpty { files.append(current) }
        return files
    }
}
