import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finding and reading the files of a site.
public enum SourceFiles {
    /// The bytes of the file at `path`.
    public static func read(_ path: String) throws(FileError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw FileError(path: path, reason: "is a folder")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError(path: path, reason: "cannot be read (check its permissions)")
        }
        return [UInt8](data)
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
        let manager = FileManager.default
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        var found = [String]()
        var pending = [folder]
        // A link to a folder above it inside the site would loop forever.
        var visited: Set<String> = [root]
        while let current = pending.popLast() {
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: current)
            } catch {
                throw FileError(path: current, reason: "cannot list the folder")
            }
            for name in names.sorted() where !isIgnored(name: name) {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                // One lstat per entry; only links are resolved (a site has
                // thousands of files and few links).
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                var kind = status.st_mode & S_IFMT
                var identity = path
                if kind == S_IFLNK {
                    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                    guard resolved == root || resolved.hasPrefix(root + "/"), stat(path, &status) == 0 else { continue }
                    kind = status.st_mode & S_IFMT
                    identity = resolved
                }
                if kind == S_IFDIR {
                    if kind == S_IFDIR, visited.insert(identity == path ? URL(fileURLWithPath: path).standardized.path : identity).inserted {
                        pending.append(path)
                    }
                } else if kind == S_IFREG, SourceKind(path: name) != nil {
                    found.append(path)
                }
            }
        }
        return found.sorted()
    }
}
