#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's reason for a failed call, in words a user can act on.
enum SystemReason {
    /// Words for `code`, an `errno` value.
    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "the disk is full"
        case EDQUOT: "the disk quota is used up"
        case EACCES: "permission denied"
        case EPERM: "the operation is not permitted"
        case EROFS: "the disk is read-only"
        case ENOENT: "no such file or folder"
        case EEXIST: "it already exists"
        case ENOTDIR: "a part of the path is not a folder"
        case ENAMETOOLONG: "the name is too long"
        case ELOOP: "it is a symbolic link"
        case EXDEV: "it is on another file system"
        case EMFILE, ENFILE: "too many files are open"
        case EIO: "the disk reported an input/output error"
        default: String(cString: strerror(code))
        }
    }

    /// Words for the last failed call.
    static var last: String { describe(errno) }
}
