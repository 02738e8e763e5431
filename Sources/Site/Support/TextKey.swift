#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// `String` hashes and compares by canonical equivalence, so hashing Thai
/// text first checks its normalisation, scalar by scalar. Keys that are
/// NFC already (search keys, normalised titles) are equal exactly when
/// their bytes are, and the build hashes millions of them.
struct TextKey: Hashable, Sendable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    var bytes: String.UTF8View { string.utf8 }

    static func == (left: TextKey, right: TextKey) -> Bool {
        var (left, right) = (left.string, right.string)
        // As memory: the generic elementsEqual walks byte by byte.
        return left.withUTF8 { left in
            right.withUTF8 { right in left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0) }
        }
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
