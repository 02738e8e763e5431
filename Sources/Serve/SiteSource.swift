import Foundation

/// Where a served site's files come from: memory (``LiveSite``, for
/// `khao serve`) or a built output folder on disk (``FolderSite``, for the
/// browser `khao pdf` prints with).
public protocol SiteSource: Sendable {
    /// The site's base path (`/` or `/khao/`), which request targets begin with.
    var basePath: String { get }
    /// The bytes of the file at `path`, relative to the site's root; nil when there is none.
    func bytes(_ path: String) -> [UInt8]?
    /// True when `path` names a folder of the site (served as its `index.html`).
    func isFolder(_ path: String) -> Bool
}

extension LiveSite: SiteSource {
    public func bytes(_ path: String) -> [UInt8]? {
        files.bytes(path)
    }

    public func isFolder(_ path: String) -> Bool {
        files.file(path.isEmpty ? "index.html" : path + "/index.html") != nil
    }
}

/// A built site on disk: only regular files inside the folder, links that
/// lead out of it refused.
public struct FolderSite: SiteSource {
    public let root: URL
    public let basePath: String

    public init(root: URL, basePath: String) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        self.basePath = basePath
    }

    public func bytes(_ path: String) -> [UInt8]? {
        guard let file = inside(path) else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        return FileManager.default.contents(atPath: file).map { [UInt8]($0) }
    }

    public func isFolder(_ path: String) -> Bool {
        guard let folder = inside(path) else { return false }
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The real path of `path` under the root, or nil when it resolves outside.
    private func inside(_ path: String) -> String? {
        let resolved = root.appendingPathComponent(path).resolvingSymlinksInPath().path
        return resolved == root.path || resolved.hasPrefix(root.path + "/") ? resolved : nil
    }
}
