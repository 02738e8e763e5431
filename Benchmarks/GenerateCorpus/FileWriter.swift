import Foundation

/// Writes files under a folder, making their folders, and counts them.
final class FileWriter {
    private let root: URL
    private var folders = Set<String>()
    private(set) var files = 0
    private(set) var bytes = 0

    init(root: URL) {
        self.root = root
    }

    /// Writes `data` to `path`, relative to the root.
    func write(_ path: String, _ data: Data) throws {
        let file = root.appendingPathComponent(path)
        let folder = file.deletingLastPathComponent().path
        // Asking the file system for each of ten thousand files costs more than remembering.
        if folders.insert(folder).inserted {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try Self.write(data, to: file.path)
        files += 1
        bytes += data.count
    }

    /// Writes without `Data.write`, which syncs every file to the disk: ten
    /// thousand syncs cost seconds and gain nothing, as scripts/bench syncs
    /// before each build anyway.
    private static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CorpusError("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { throw CorpusError("cannot write \(path): \(String(cString: strerror(errno)))") }
                offset += written
            }
        }
    }
}
