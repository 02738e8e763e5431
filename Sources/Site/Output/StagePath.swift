/// The check every path written into a stage passes, so that nothing is
/// written outside it: a page's URL comes from a slug, a `url` field or an
/// attachment's name, all user text. `khao serve` reads a request's path
/// through it too.
public enum StagePath {
    /// The names `OutputStage` keeps for its own marker files.
    static let reservedNames: Set<String> = [OutputMarker.name, OutputMarker.stageName]

    /// Nil when `path` is a safe relative path, else why it is refused.
    public static func refusal(_ path: String) -> String? {
        if path.isEmpty { return "is empty" }
        if path.hasPrefix("/") { return "is absolute; paths in the output are relative to it" }
        if path.utf8.contains(0) { return "contains a NUL character" }
        if path.contains("\\") { return "contains a backslash" }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains(where: \.isEmpty) { return "has an empty part (`//` or a trailing `/`)" }
        if components.contains(where: { $0 == "." || $0 == ".." }) { return "has a `.` or `..` part" }
        if components.count == 1, reservedNames.contains(path) { return "is the name of khao's own marker file" }
        return nil
    }

    /// The folder part of a valid path, nil for a file at the top.
    static func folder(of path: String) -> String? {
        path.lastIndex(of: "/").map { String(path[..<$0]) }
    }
}
