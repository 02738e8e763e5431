import Foundation

/// `corpus-manifest.json`: what a corpus was generated from and what it
/// holds, so that a script can reuse a corpus made by the same generator,
/// count and seed.
struct CorpusManifest: Encodable {
    /// Bump whenever the files written for a count and seed change.
    static let generatorVersion = 1

    var generator = "bench-corpus"
    var generatorVersion = Self.generatorVersion
    let count: Int
    let seed: UInt64
    /// Releases that link plan projects, and releases that are bundles with a photo.
    var planLinked = 0
    var withPhoto = 0
    var releasesPerYear: [String: Int] = [:]
    /// Every file under content/, the example's included, and their bytes.
    var files = 0
    var bytes = 0

    init(count: Int, seed: UInt64) {
        self.count = count
        self.seed = seed
    }

    /// Pretty JSON with sorted keys: the same corpus, the same bytes.
    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
