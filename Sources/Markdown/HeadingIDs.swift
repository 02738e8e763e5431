/// Unique heading ids within one document: the first heading with a given
/// id keeps it, later ones get `-2`, `-3`… skipping any id already given or
/// reserved by another heading's own text (`## a`, `## a`, `## a-2` gives
/// `a`, `a-3`, `a-2`), so links to a heading do not move when a duplicate
/// appears before it.
struct HeadingIDs {
    private var taken: Set<String> = []
    private let reserved: Set<String>

    init(reserved: [String]) {
        self.reserved = Set(reserved)
    }

    mutating func unique(_ base: String) -> String {
        if taken.insert(base).inserted { return base }
        var suffix = 2
        while true {
            let candidate = base + "-" + String(suffix)
            if !reserved.contains(candidate), taken.insert(candidate).inserted { return candidate }
            suffix += 1
        }
    }
}
