/// The parts of a `/`-separated path inside a site, without Foundation's
/// NSString bridging (which showed in profiles of loading 10,000 releases).
enum SitePath {
    /// `news/2555/a.md` → `a.md`
    static func lastComponent(_ path: String) -> Substring {
        path.split(separator: "/", omittingEmptySubsequences: true).last ?? path[...]
    }

    /// `news/2555/a.md` → `news/2555`; a bare name → "".
    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `a.md` → `a`
    static func removingExtension(_ name: Substring) -> Substring {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return name[..<dot]
    }
}
