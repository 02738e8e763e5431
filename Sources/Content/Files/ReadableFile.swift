#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file opened for reading with plain system calls: `open`, `fstat`,
/// `read` straight into an array, no copy through `Data` (a site is read
/// file by file, thousands of them). Closed when it goes away.
final class ReadableFile {
    let path: String
    private let descriptor: Int32
    /// The size `fstat` gave when the file was opened.
    let size: Int

    init(_ path: String) throws(FileError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw FileError(path: path, reason: errno == ENOENT ? "no such file" : "cannot be read (\(FileError.systemReason()))")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = FileError.systemReason()
            close(descriptor)
            throw FileError(path: path, reason: "cannot be read (\(reason))")
        }
        guard status.st_mode & S_IFMT != S_IFDIR else {
            close(descriptor)
            throw FileError(path: path, reason: "is a folder")
        }
        self.descriptor = descriptor
        size = Int(status.st_size)
    }

    deinit {
        close(descriptor)
    }

    /// Reads on until `bytes` holds `count` bytes or the file ends; true when it ended.
    func fill(_ bytes: inout [UInt8], upTo count: Int) throws(FileError) -> Bool {
        var filled = bytes.count
        guard filled < count else { return false }
        bytes.append(contentsOf: repeatElement(0, count: count - filled))
        defer { bytes.removeSubrange(filled...) }
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { readSome(descriptor, $0 + filled, count - filled) } ?? 0
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, reason: "cannot be read (\(FileError.systemReason()))")
            }
            if got == 0 { return true }
            filled += got
        }
        return false
    }
}

/// `read(2)`, outside `ReadableFile`, whose callers have a `read` of their own.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
