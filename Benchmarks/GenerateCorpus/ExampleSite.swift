import Foundation

/// The parts of the example site a corpus reuses: its site.yaml, standing
/// pages and plans, so that a build makes every kind of page.
struct ExampleSite {
    /// The example's `content/` folder.
    let content: URL

    /// What is copied; the example's own releases are not.
    static let parts = ["site.yaml", "pages", "plans"]

    init(content: URL) throws {
        guard FileManager.default.fileExists(atPath: content.appendingPathComponent("site.yaml").path) else {
            throw CorpusError("\(content.path) has no site.yaml: name the example site's content folder with --example")
        }
        self.content = content
    }

    /// Copies the parts into `content/` through `writer`, byte for byte.
    func copy(with writer: FileWriter) throws {
        for path in try files() {
            try writer.write("content/" + path, Data(contentsOf: content.appendingPathComponent(path)))
        }
    }

    /// The files of the parts, relative to `content`, in a fixed order;
    /// hidden files (an editor's, the Finder's) are no part of the example.
    private func files() throws -> [String] {
        try Self.parts.flatMap { part -> [String] in
            var isFolder: ObjCBool = false
            let url = content.appendingPathComponent(part)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                throw CorpusError("\(url.path) is missing: the example site needs site.yaml, pages/ and plans/")
            }
            guard isFolder.boolValue else { return [part] }
            return try FileManager.default.subpathsOfDirectory(atPath: url.path).sorted()
                .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                .map { "\(part)/\($0)" }
                .filter { !isDirectory(content.appendingPathComponent($0)) }
        }
    }

    private func isDirectory(_ url: URL) -> Bool {
        (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true
    }
}
