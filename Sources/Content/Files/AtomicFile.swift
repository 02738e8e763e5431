#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents so that a reader sees either the old file or
/// the new one, never a half-written one, and an error leaves the old one as it was.
public enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `path`, flushes it to disk,
    /// and renames it over `path`, keeping the file's permissions. A link is
    /// followed, so the file it points to changes and the link stays a link.
    public static func replaceContents(of path: String, with bytes: [UInt8]) throws(FileError) {
        let shown = path
        var path = path
        if let resolved = realpath(shown, nil) {
            path = String(cString: resolved)
            free(resolved)
        }
        var status = stat()
        let mode: mode_t = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(directory)/.\(name).khao-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(shown, "cannot create a temporary file beside it") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        try writeAll(bytes, to: descriptor, temporary: temporary, shown: shown)
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0, close(descriptor) == 0 else {
            let reason = FileError.systemReason()
            unlink(temporary)
            throw FileError(path: shown, reason: reason)
        }
        guard rename(temporary, path) == 0 else {
            let reason = FileError.systemReason()
            unlink(temporary)
            throw FileError(path: shown, reason: reason)
        }
    }

    /// Writes `bytes` as a new file at `path`; false, with nothing written,
    /// when something is already there. The file is written in full under a
    /// temporary name beside `path` and then linked to it: `link` fails when
    /// the name exists, so a file made meanwhile (by an editor, another run)
    /// is never overwritten, and no one sees a half-written file. The mode is
    /// the user's usual one (0666 less the umask), as an editor would make it.
    public static func createNew(at path: String, with bytes: [UInt8]) throws(FileError) -> Bool {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(directory)/.\(name).khao-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path, "cannot create a temporary file beside it") }
        try writeAll(bytes, to: descriptor, temporary: temporary, shown: path)
        let synced = fsync(descriptor) == 0
        let reason = FileError.systemReason()
        guard close(descriptor) == 0, synced else {
            let reason = synced ? FileError.systemReason() : reason
            unlink(temporary)
            throw FileError(path: path, reason: reason)
        }
        defer { unlink(temporary) }
        if link(temporary, path) == 0 { return true }
        if errno == EEXIST { return false }
        throw failure(path, "cannot be created")
    }

    private static func failure(_ path: String, _ what: String) -> FileError {
        FileError(path: path, reason: "\(what): \(FileError.systemReason())")
    }

    /// Writes all of `bytes` to the open temporary file; on failure closes
    /// and removes it, and names `shown` in the error.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, temporary: String, shown: String) throws(FileError) {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = FileError.systemReason()
                close(descriptor)
                unlink(temporary)
                throw FileError(path: shown, reason: reason)
            }
            written += result
        }
    }
}
