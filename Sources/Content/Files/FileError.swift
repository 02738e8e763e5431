#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that could not be read or written, and the system's reason.
public struct FileError: Error, Sendable, Equatable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The system's words for the last failed call (`errno`).
    static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}
