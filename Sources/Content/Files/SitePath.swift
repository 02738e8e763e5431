/// The parts of a `/`-separated path inside a site, found by bytes: without
/// Foundation's NSString bridging or a walk by Character (both showed in
/// profiles of loading 10,000 releases).
public enum SitePath {
    /// `news/2555/a.md` → `a.md`; a trailing slash is passed over (`news/` → `news`).
    public static func lastComponent(_ path: String) -> Substring {
        var end = path.endIndex
        while end > path.startIndex, path.utf8[path.utf8.index(before: end)] == slash {
            end = path.utf8.index(before: end)
        }
        let start = path.utf8[..<end].lastIndex(of: slash).map { path.utf8.index(after: $0) } ?? path.startIndex
        return path[start..<end]
    }

    /// `news/2555/a.md` → `news/2555`; a bare name → "".
    public static func parent(_ path: String) -> String {
        guard let index = path.utf8.lastIndex(of: slash) else { return "" }
        return String(path[..<index])
    }

    /// `a.md` → `a`
    public static func removingExtension(_ name: Substring) -> Substring {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return name }
        return name[..<dot]
    }

    /// `a.MD` → `md`; nil without one (`README`, `.hidden`).
    public static func pathExtension(_ name: Substring) -> Substring? {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return nil }
        return name[name.utf8.index(after: dot)...]
    }

    private static let slash = UInt8(ascii: "/")
}
