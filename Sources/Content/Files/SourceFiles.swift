import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finding and reading the files of a site.
public enum SourceFiles {
    /// The bytes of the file at `path`.
    public static func read(_ path: String) throws(FileError) -> [UInt8] {
        let file = try ReadableFile(path)
        var bytes = [UInt8]()
        bytes.reserveCapacity(file.size)
        // The file may have grown since it was opened: read on until the end.
        var wanted = max(file.size, 1)
        while try !file.fill(&bytes, upTo: wanted) {
            wanted = bytes.count + max(4096, bytes.count / 2)
        }
        return bytes
    }

    /// True when `path` is a folder (or a link to one).
    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// True for names the tool passes over: hidden files, names starting
    /// with `_` (drafts of templates, notes), and editor backups.
    public static func isIgnored(name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("_") || name.hasSuffix("~") || name.hasSuffix(".swp")
            || (name.hasPrefix("#") && name.hasSuffix("#"))
    }

    /// The text files (Markdown, YAML, CSV, plain text) under `folder`, in a
    /// stable order, skipping ignored names and links that lead out of it.
    public static func textFiles(under folder: String) throws(FileError) -> [String] {
        try files(under: folder).filter { SourceKind(path: $0) != nil }
    }

    /// Every regular file under `folder` (images and attachments too), in a
    /// stable order, skipping ignored names and links that lead out of it.
    public static func files(under folder: String) throws(FileError) -> [String] {
        try walk(under: folder).files
    }

    /// ``files(under:)``, and the symbolic links under `folder` it did not
    /// follow because they lead out of it (quality.md: a link under
    /// `content/` must not bring in a file from elsewhere), in a stable order.
    public static func walk(under folder: String) throws(FileError) -> (files: [String], linksOut: [String]) {
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        var found = [String]()
        var linksOut = [String]()
        var pending = [folder]
        // A link to a folder above it inside the site would loop forever.
        var visited: Set<String> = [root]
        while let current = pending.popLast() {
            for entry in try entries(of: current) where !isIgnored(name: entry.name) {
                let path = current.hasSuffix("/") ? current + entry.name : current + "/" + entry.name
                var kind = entry.kind
                var identity = path
                if kind == S_IFLNK {
                    var status = stat()
                    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                    guard resolved == root || resolved.hasPrefix(root + "/") else {
                        linksOut.append(path)
                        continue
                    }
                    guard stat(path, &status) == 0 else { continue }
                    kind = status.st_mode & S_IFMT
                    identity = resolved
                }
                if kind == S_IFDIR {
                    if visited.insert(identity == path ? URL(fileURLWithPath: path).standardized.path : identity).inserted {
                        pending.append(path)
                    }
                } else if kind == S_IFREG {
                    found.append(path)
                }
            }
        }
        return (found.sorted(), linksOut.sorted())
    }

    /// The names in `folder` with their kinds (`S_IFREG`, `S_IFDIR`,
    /// `S_IFLNK`, …), from the directory entries themselves: a site has
    /// thousands of files, and a `stat` of each would cost a system call
    /// apiece. File systems that do not record kinds get an `lstat`.
    private static func entries(of folder: String) throws(FileError) -> [(name: String, kind: mode_t)] {
        guard let directory = opendir(folder) else {
            throw FileError(path: folder, reason: "cannot list the folder (\(FileError.systemReason()))")
        }
        defer { closedir(directory) }
        var entries = [(name: String, kind: mode_t)]()
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            let kind: mode_t
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = S_IFREG
            case Int32(DT_DIR): kind = S_IFDIR
            case Int32(DT_LNK): kind = S_IFLNK
            default:
                var status = stat()
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                guard lstat(path, &status) == 0 else { continue }
                kind = status.st_mode & S_IFMT
            }
            entries.append((name, kind))
        }
        return entries
    }
}
