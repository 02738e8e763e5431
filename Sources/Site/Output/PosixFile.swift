import Content
import Foundation
import FileSystemShim
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain `open`/`write`/`close`, without Foundation's per-file `fsync`:
/// durability is the job of the one flush before the swap (`OutputStage.commit`).
enum PosixFile {
    /// Creates the file at `path`, which must not exist (`O_EXCL`, so neither
    /// an earlier file nor a planted link is ever written through), and
    /// writes `bytes` to it. `shown` names the file in errors.
    static func create(_ path: String, bytes: UnsafeRawBufferPointer, shown: String) throws(FileError) {
        let descriptor = try openNew(path, shown: shown)
        var written = 0
        while written < bytes.count {
            let result = write(descriptor, bytes.baseAddress.map { $0 + written }, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                let reason = SystemReason.last
                close(descriptor)
                throw FileError(path: shown, reason: "cannot be written: \(reason)")
            }
            written += result
        }
        try finish(descriptor, shown: shown)
    }

    /// `create` for any contiguous bytes (`[UInt8]`, `Data`, a page buffer).
    static func create(_ path: String, contents: some ContiguousBytes, shown: String) throws(FileError) {
        // withUnsafeBytes rethrows untyped errors: carry ours out by hand.
        var failure: FileError?
        contents.withUnsafeBytes { bytes in
            do throws(FileError) {
                try create(path, bytes: bytes, shown: shown)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// Copies the regular file at `source` to the new file `path`, in the
    /// kernel where it can; `source` itself must not be a link.
    static func copy(from source: String, to path: String, shown: String) throws(FileError) {
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard input >= 0 else { throw FileError(path: source, reason: "cannot be read: \(SystemReason.last)") }
        defer { close(input) }
        var status = stat()
        guard fstat(input, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw FileError(path: source, reason: "is not a regular file")
        }
        let output = try openNew(path, shown: shown)
        do throws(FileError) {
            if try !copyInKernel(input, output, shown: shown) {
                try copyThroughBuffer(input, output, source: source, shown: shown)
            }
        } catch {
            close(output)
            throw error
        }
        try finish(output, shown: shown)
    }

    private static func openNew(_ path: String, shown: String) throws(FileError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "already exists (written twice in one build, or a link is in the way)" : "cannot be created: \(SystemReason.last)"
            throw FileError(path: shown, reason: reason)
        }
        return descriptor
    }

    /// `close`, whose errors (NFS reports a full disk there) count: an
    /// `EINTR` still closed the descriptor on Linux, so it is not retried.
    private static func finish(_ descriptor: Int32, shown: String) throws(FileError) {
        guard close(descriptor) == 0 || errno == EINTR else {
            throw FileError(path: shown, reason: "cannot be written: \(SystemReason.last)")
        }
    }

    /// False when the kernel cannot copy between these files (another
    /// file system on old kernels, or no `copy_file_range` at all) and
    /// nothing was copied yet, so the caller falls back to a buffer.
    private static func copyInKernel(_ input: Int32, _ output: Int32, shown: String) throws(FileError) -> Bool {
        var copied = 0
        while true {
            let result = khao_copy_file_range(input, output, 1 << 30)
            if result > 0 {
                copied += result
            } else if result == 0 {
                return true
            } else if errno == EINTR {
                continue
            } else if copied == 0, [EXDEV, ENOSYS, EINVAL, EOPNOTSUPP].contains(errno) {
                return false
            } else {
                throw FileError(path: shown, reason: "cannot be written: \(SystemReason.last)")
            }
        }
    }

    private static func copyThroughBuffer(_ input: Int32, _ output: Int32, source: String, shown: String) throws(FileError) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: source, reason: "cannot be read: \(SystemReason.last)")
            }
            if count == 0 { return }
            var written = 0
            while written < count {
                let result = buffer.withUnsafeBytes { write(output, $0.baseAddress.map { $0 + written }, count - written) }
                if result < 0 {
                    if errno == EINTR { continue }
                    throw FileError(path: shown, reason: "cannot be written: \(SystemReason.last)")
                }
                written += result
            }
        }
    }
}
