import Content
import FileSystemShim
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole folders: making one with its parents, deleting one.
enum FileTree {
    /// Deletes the folder at `path` and everything in it, never following a
    /// link out of it. A missing folder is already deleted.
    static func remove(_ path: String) throws(FileError) {
        guard khao_remove_tree(path) == 0 || errno == ENOENT else {
            throw FileError(path: path, reason: "cannot be deleted: \(SystemReason.last)")
        }
    }

    /// Makes the folder `path` and any missing parents (mode 0755, less the umask).
    static func makeFolders(_ path: String) throws(FileError) {
        if isFolder(path) { return }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeFolders(String(path[..<slash]))
        }
        guard mkdir(path, 0o755) == 0 || (errno == EEXIST && isFolder(path)) else {
            throw FileError(path: path, reason: "cannot be created: \(SystemReason.last)")
        }
    }

    /// True when `path` is a folder itself, not a link to one.
    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// True when `path` exists in any form, a dangling link included.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Opens the folder `path` for `fsync`, `flock` or `syncfs`.
    static func openFolder(_ path: String) -> Int32 {
        open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
    }

    /// The names in the folder `path` (without `.` and `..`); nil when it cannot be listed.
    static func names(in path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names = [String]()
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
