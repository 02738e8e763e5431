import FileSystemShim
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents so that a reader sees either the old file or
/// the new one, never a half-written one, and an error leaves the old one as it was.
public enum AtomicFile {
    /// Writes `bytes` to a new file beside `path`, flushes it to disk,
    /// and renames it over `path`, keeping the file's permissions. A link is
    /// followed, so the file it points to changes and the link stays a link.
    public static func replaceContents(of path: String, with bytes: [UInt8]) throws(FileError) {
        try replaceContents(of: path, with: bytes, unnamed: true)
    }

    /// ``replaceContents(of:with:)``; `unnamed: false` takes the way of
    /// systems without unnamed files, for its tests.
    static func replaceContents(of path: String, with bytes: [UInt8], unnamed: Bool) throws(FileError) {
        let shown = path
        var path = path
        if let resolved = realpath(shown, nil) {
            path = String(cString: resolved)
            free(resolved)
        }
        var status = stat()
        let mode: mode_t = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
        let file = try PendingFile(beside: path, shown: shown, mode: 0o600, unnamed: unnamed)
        try file.fill(with: bytes, mode: mode)
        // A name is needed to rename over the old file: it stays only
        // between these two calls.
        let temporary = try file.hiddenName()
        guard rename(temporary, path) == 0 else {
            let reason = FileError.systemReason()
            unlink(temporary)
            throw FileError(path: shown, reason: reason)
        }
    }

    /// Writes `bytes` as a new file at `path`; false, with nothing written,
    /// when something is already there. The file is written in full before
    /// it gets its name, by a link that fails when the name exists: a file
    /// made meanwhile (by an editor, another run) is never overwritten, and
    /// no one sees a half-written file. The mode is the user's usual one
    /// (0666 less the umask), as an editor would make it.
    public static func createNew(at path: String, with bytes: [UInt8]) throws(FileError) -> Bool {
        try createNew(at: path, with: bytes, unnamed: true)
    }

    /// ``createNew(at:with:)``; `unnamed: false` takes the way of systems
    /// without unnamed files, for its tests.
    static func createNew(at path: String, with bytes: [UInt8], unnamed: Bool) throws(FileError) -> Bool {
        let file = try PendingFile(beside: path, shown: path, mode: 0o666, unnamed: unnamed)
        try file.fill(with: bytes, mode: nil)
        return try file.publish(as: path)
    }

    /// A file being written beside its place. Without a name where the
    /// system can make one (Linux's O_TMPFILE): a process killed while
    /// writing it leaves nothing. Elsewhere under a hidden temporary name.
    private struct PendingFile {
        let descriptor: Int32
        let directory: String
        /// The file's name in `directory`.
        let name: String
        let shown: String
        /// The hidden name, when the file has one from the start.
        let temporary: String?

        init(beside path: String, shown: String, mode: mode_t, unnamed: Bool) throws(FileError) {
            let slash = path.lastIndex(of: "/")
            directory = slash.map { String(path[..<$0]) } ?? "."
            name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            self.shown = shown
            if unnamed {
                let opened = khao_open_unnamed(directory, mode)
                if opened >= 0 {
                    descriptor = opened
                    temporary = nil
                    return
                }
            }
            let temporary = Self.hiddenName(in: directory, for: name)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            guard descriptor >= 0 else { throw AtomicFile.failure(shown, "cannot create a temporary file beside it") }
            self.temporary = temporary
        }

        /// Writes all of `bytes`, sets `mode` if given, and flushes the file
        /// to disk; on failure the file is gone.
        func fill(with bytes: [UInt8], mode: mode_t?) throws(FileError) {
            var written = 0
            while written < bytes.count {
                let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                if result < 0 {
                    if errno == EINTR { continue }
                    throw abandon()
                }
                written += result
            }
            guard mode.map({ fchmod(descriptor, $0) == 0 }) ?? true, fsync(descriptor) == 0 else { throw abandon() }
        }

        /// Gives the written file the name `path`, and closes it: false
        /// when the name is taken.
        func publish(as path: String) throws(FileError) -> Bool {
            defer {
                close(descriptor)
                if let temporary { unlink(temporary) }
            }
            let linked = temporary.map { link($0, path) } ?? khao_link_unnamed(descriptor, path)
            if linked == 0 { return true }
            if errno == EEXIST { return false }
            throw AtomicFile.failure(shown, "cannot be created")
        }

        /// The written file under a hidden name beside its place, closed,
        /// to rename from.
        func hiddenName() throws(FileError) -> String {
            if let temporary {
                close(descriptor)
                return temporary
            }
            let hidden = Self.hiddenName(in: directory, for: name)
            guard try publish(as: hidden) else { throw AtomicFile.failure(shown, "cannot name a temporary file beside it") }
            return hidden
        }

        /// Closes and removes the file; gives the error of the call that failed.
        private func abandon() -> FileError {
            let reason = FileError.systemReason()
            close(descriptor)
            if let temporary { unlink(temporary) }
            return FileError(path: shown, reason: reason)
        }

        private static func hiddenName(in directory: String, for name: String) -> String {
            "\(directory)/.\(name).khao-\(UInt32.random(in: 0...UInt32.max))"
        }
    }

    fileprivate static func failure(_ path: String, _ what: String) -> FileError {
        FileError(path: path, reason: "\(what): \(FileError.systemReason())")
    }
}
