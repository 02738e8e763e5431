import Content
import FileSystemShim
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes a written tree durable with one call instead of one `fsync` per
/// file: the files were written without flushing, so the build pays for the
/// disk once, just before the swap makes the tree visible.
enum Durability {
    /// Flushes the file system holding the folder `descriptor` (`syncfs`,
    /// which also reports delayed write-back errors such as a full disk),
    /// or, where there is no `syncfs`, every file and folder under `path`.
    static func flush(_ descriptor: Int32, path: String, shown: String) throws(FileError) {
        if khao_syncfs(descriptor) == 0 { return }
        guard errno == ENOSYS else {
            throw FileError(path: shown, reason: "cannot be saved to disk: \(SystemReason.last)")
        }
        try flushEach(path, shown: shown)
    }

    /// Flushes the entry of a renamed folder in its parent `folder`.
    static func flushFolder(_ folder: String) throws(FileError) {
        let descriptor = FileTree.openFolder(folder)
        guard descriptor >= 0 else { throw FileError(path: folder, reason: "cannot be opened: \(SystemReason.last)") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            throw FileError(path: folder, reason: "cannot be saved to disk: \(SystemReason.last)")
        }
    }

    private static func flushEach(_ path: String, shown: String) throws(FileError) {
        for name in FileTree.names(in: path) ?? [] {
            let child = path + "/" + name
            if FileTree.isFolder(child) {
                try flushEach(child, shown: shown)
            } else {
                let descriptor = open(child, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
                guard descriptor >= 0 else { continue }
                defer { close(descriptor) }
                guard fsync(descriptor) == 0 else {
                    throw FileError(path: shown, reason: "cannot be saved to disk: \(SystemReason.last)")
                }
            }
        }
        try flushFolder(path)
    }
}
