import Site

/// The file a request asks for, as a path relative to the site's root, or
/// nil when the request could reach outside it: decoded, it must pass the
/// check every written path passes (``StagePath/refusal(_:)``: no `..` or
/// `.` part, backslash or NUL), and be UTF-8. quality.md: only files
/// inside the served tree.
enum RequestPath {
    /// `target` is the request's target as sent (`/news/%E0%B8%82/?q=1`);
    /// `mount` the site's base path (`/` or `/khao/`).
    static func file(_ target: String, mount: String) -> String? {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix(mount), let decoded = String(path.dropFirst(mount.count)).removingPercentEncoding else { return nil }
        // Doubled slashes are one, as browsers and servers read them.
        let file = decoded.split(separator: "/").joined(separator: "/")
        return file.isEmpty || StagePath.refusal(file) == nil ? file : nil
    }
}
