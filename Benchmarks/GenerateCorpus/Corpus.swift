import Foundation

/// A generated site: the example's site.yaml, pages and plans, `count`
/// releases, and `corpus-manifest.json`.
struct Corpus {
    let options: Options

    /// Writes the corpus and returns its manifest.
    func write() throws -> CorpusManifest {
        let content = options.output.appendingPathComponent("content")
        guard !FileManager.default.fileExists(atPath: content.path) else {
            throw CorpusError("\(content.path) already exists: remove it, or write the corpus to another folder")
        }
        let example = try ExampleSite(content: options.example)
        let plans = try ExamplePlan.all(in: example.content)
        let writer = FileWriter(root: options.output)
        try example.copy(with: writer)

        var manifest = CorpusManifest(count: options.count, seed: options.seed)
        for index in 0..<options.count {
            let release = ReleaseFile(index: index, seed: options.seed, plans: plans)
            try writer.write(release.path, Data(release.markdown.utf8))
            if let photo = release.photoPath {
                try writer.write(photo, Data(Photo.bytes))
                manifest.withPhoto += 1
            }
            if release.outline.plan != nil { manifest.planLinked += 1 }
            manifest.releasesPerYear["\(release.outline.date.buddhistYear)", default: 0] += 1
        }
        manifest.files = writer.files
        manifest.bytes = writer.bytes
        try manifest.json().write(to: options.output.appendingPathComponent("corpus-manifest.json"))
        return manifest
    }
}
