import Foundation
import Site
import Synchronization

/// The site as `khao serve` holds it: built into memory, never written to
/// disk. Files of `content/` that a build copies are kept as the path of
/// their source and read when asked for.
public final class ServedFiles: LiveOutput, Sendable {
    /// A file of the site.
    public enum File: Sendable, Equatable {
        case bytes([UInt8])
        case copy(source: String)
    }

    private let files = Mutex<[String: File]>([:])

    public init() {}

    public func write(_ path: String, _ bytes: [UInt8]) throws {
        files.withLock { $0[path] = .bytes(bytes) }
    }

    public func copy(from source: String, to path: String) throws {
        files.withLock { $0[path] = .copy(source: source) }
    }

    public func remove(_ path: String) {
        files.withLock { _ = $0.removeValue(forKey: path) }
    }

    /// Forgets the files whose paths `remove` picks.
    public func remove(where remove: (String) -> Bool) {
        files.withLock { files in
            for path in files.keys where remove(path) { files[path] = nil }
        }
    }

    /// The file at `path`, relative to the site's root (`news/index.html`).
    public func file(_ path: String) -> File? {
        files.withLock { $0[path] }
    }

    /// Every path, sorted.
    public var paths: [String] {
        files.withLock { $0.keys.sorted() }
    }

    /// The bytes of the file at `path`, reading a copied file from its source.
    public func bytes(_ path: String) -> [UInt8]? {
        switch file(path) {
        case .bytes(let bytes)?: bytes
        case .copy(let source)?: FileManager.default.contents(atPath: source).map { [UInt8]($0) }
        case nil: nil
        }
    }
}
