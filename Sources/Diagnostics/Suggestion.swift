/// "Did you mean …?": the known name closest to a mistyped one.
public enum Suggestion {
    /// The name in `candidates` nearest to `name` by edit distance, when it
    /// is near enough to be a typo (at most a third of the name's length,
    /// and at least one edit allowed).
    public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.unicodeScalars)
        let allowed = max(1, target.count / 3)
        var best: (name: String, distance: Int)?
        // Sorted, so that a tie is broken the same way on every run.
        for candidate in candidates.sorted() where candidate != name {
            let distance = editDistance(target, Array(candidate.unicodeScalars))
            if distance <= allowed, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// `hint: did you mean "title"?`, or nil.
    public static func hint(for name: String, among candidates: some Sequence<String>) -> String? {
        closest(to: name, among: candidates).map { "did you mean \"\($0)\"?" }
    }

    /// Levenshtein distance, with a swap of two neighbours counting as one edit.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
