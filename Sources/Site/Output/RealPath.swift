import Foundation

/// Absolute paths with links, `.`, `..` and repeated or trailing slashes
/// resolved, for paths that may not exist yet (an output folder before its
/// first build), so that two spellings of one folder compare equal.
enum RealPath {
    /// The real path of `path`: the longest existing prefix resolved by
    /// `realpath`, the missing rest appended with `.` and `..` applied.
    static func of(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute.split(separator: "/").map(String.init)
        var missing = [String]()
        while true {
            let candidate = "/" + existing.joined(separator: "/")
            if let resolved = realpath(candidate, nil) {
                let base = String(cString: resolved)
                free(resolved)
                return appending(missing, to: base)
            }
            guard let last = existing.popLast() else { return appending(missing, to: "/") }
            missing.insert(last, at: 0)
        }
    }

    private static func appending(_ components: [String], to base: String) -> String {
        var parts = base.split(separator: "/").map(String.init)
        for component in components {
            switch component {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(component)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// True when `inner` is `outer` or inside it; both are real paths.
    static func isSameOrInside(_ inner: String, _ outer: String) -> Bool {
        inner == outer || outer == "/" || inner.hasPrefix(outer + "/")
    }
}
