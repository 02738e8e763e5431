/// The file a request asks for, as a path relative to the site's root, or
/// nil when the request could reach outside it: `..` or `.` as a part
/// (written plainly or percent-encoded), a backslash, a NUL, or an encoding
/// that is no UTF-8. quality.md: only files inside the served tree.
enum RequestPath {
    /// `target` is the request's target as sent (`/news/%E0%B8%82/?q=1`);
    /// `mount` the site's base path (`/` or `/khao/`).
    static func file(_ target: String, mount: String) -> String? {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix(mount), let decoded = String(path.dropFirst(mount.count)).removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        return parts.joined(separator: "/")
    }
}
