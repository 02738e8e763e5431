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

    /// One prefix and the terms under it (a range of the sorted terms).
    struct Leaf: Sendable {
        let prefix: String
        let terms: Range<Int>
    }

    /// The prefixes that `keys` (sorted by code point, with the size of
    /// each one's postings) fall under.
    static func leaves(_ keys: [[Unicode.Scalar]], sizes: [Int]) -> [Leaf] {
        var leaves = [Leaf]()
        split(keys, sizes, keys.indices, depth: 0, into: &leaves)
        return leaves
    }

    private static func split(_ keys: [[Unicode.Scalar]], _ sizes: [Int], _ range: Range<Int>, depth: Int, into leaves: inout [Leaf]) {
        guard !range.isEmpty else { return }
        let prefix = String(String.UnicodeScalarView(keys[range.lowerBound].prefix(depth)))
        guard sizes[range].reduce(0, +) > targetBytes, range.count > 1 else {
            leaves.append(Leaf(prefix: prefix, terms: range))
            return
        }
        var start = range.lowerBound
        // The term equal to the prefix sorts first and keeps the prefix.
        if keys[start].count == depth {
            leaves.append(Leaf(prefix: prefix, terms: start..<start + 1))
            start += 1
        }
        while start < range.upperBound {
            let next = keys[start][depth]
            var end = start + 1
            while end < range.upperBound && keys[end][depth] == next { end += 1 }
            split(keys, sizes, start..<end, depth: depth + 1, into: &leaves)
            start = end
        }
    }

    /// Neighbouring leaves packed into files of about ``targetBytes``: for
    /// each file, the indices of its leaves.
    static func files(_ leaves: [Leaf], sizes: [Int]) -> [[Int]] {
        var files = [[Int]]()
        var current = [Int]()
        var size = 0
        for (index, leaf) in leaves.enumerated() {
            let leafSize = sizes[leaf.terms].reduce(0, +)
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
