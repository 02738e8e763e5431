/// The check every path written into a stage passes, so that nothing is
/// written outside it: a page's URL comes from a slug, a `url` field or an
/// attachment's name, all user text. `khao serve` reads a request's path
/// through it too.
public enum StagePath {
    /// The names `OutputStage` keeps for its own marker files.
    static let reservedNames: Set<String> = [OutputMarker.name, OutputMarker.stageName]

    /// Nil when `path` is a safe relative path, else why it is refused.
    ///
    /// One pass over the bytes: every page of a build passes here, and
    /// `contains` and `split` on a String walk Thai paths by grapheme.
    /// Bytes are also the stricter reading: a `/` or `\` followed by a
    /// combining mark is one grapheme, and would not be seen as a character.
    public static func refusal(_ path: String) -> String? {
        if path.isEmpty { return "is empty" }
        if path.utf8.first == UInt8(ascii: "/") { return "is absolute; paths in the output are relative to it" }
        var parts = Parts()
        for byte in path.utf8 { parts.add(byte) }
        parts.endPart()
        if parts.hasNUL { return "contains a NUL character" }
        if parts.hasBackslash { return "contains a backslash" }
        if parts.hasEmptyPart { return "has an empty part (`//` or a trailing `/`)" }
        if parts.hasDotPart { return "has a `.` or `..` part" }
        if parts.count == 1, reservedNames.contains(path) { return "is the name of khao's own marker file" }
        return nil
    }

    /// What ``refusal(_:)`` looks for, gathered byte by byte.
    private struct Parts {
        var hasNUL = false, hasBackslash = false, hasEmptyPart = false, hasDotPart = false
        var count = 1
        private var length = 0, dots = 0

        mutating func add(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "/"):
                endPart()
                count += 1
                return
            case 0: hasNUL = true
            case UInt8(ascii: "\\"): hasBackslash = true
            case UInt8(ascii: "."): dots += 1
            default: break
            }
            length += 1
        }

        mutating func endPart() {
            if length == 0 { hasEmptyPart = true }
            if length <= 2 && dots == length && length > 0 { hasDotPart = true }
            (length, dots) = (0, 0)
        }
    }

    /// The folder part of a valid path, nil for a file at the top.
    static func folder(of path: String) -> String? {
        path.lastIndex(of: "/").map { String(path[..<$0]) }
    }
}
