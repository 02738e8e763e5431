import Content

/// Releases that are versions of one another (`translation_of`), both ways.
enum Translations {
    /// For each release index, its other language versions.
    static func pairs(_ releases: [Release]) -> [Int: [(language: String, index: Int)]] {
        let indexByPath = Dictionary(releases.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        var pairs = [Int: [(language: String, index: Int)]]()
        for (index, release) in releases.enumerated() {
            guard let written = release.translationOf, let target = SourceMap.resolve(written, from: release.path),
                  let original = indexByPath[target], original != index else { continue }
            pairs[index, default: []].append((releases[original].language, original))
            pairs[original, default: []].append((release.language, index))
        }
        return pairs
    }
}
