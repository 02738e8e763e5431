import Thai

/// The theme's assets under their fingerprinted names: `style.css` is
/// published as `/assets/style.3f2a1c9e.css`, so a browser may keep it
/// forever and a changed file gets a new name.
public struct AssetNames: Sendable {
    private let paths: [String: String]

    /// `paths`: each asset's name under `templates/assets/` → its site path.
    init(paths: [String: String]) {
        self.paths = paths
    }

    /// The site path of asset `name`, nil when the theme has none.
    public func path(for name: String) -> String? {
        paths[name]
    }

    public var names: [String] { paths.keys.sorted() }
}

/// Fingerprints asset files, and points the stylesheets' `url(…)`s at the
/// fingerprinted fonts and images (the stylesheet's own name then changes
/// with them).
enum AssetRewriting {
    static func fingerprint(_ files: [(name: String, bytes: [UInt8])]) -> (names: [String: String], files: [(path: String, bytes: [UInt8])]) {
        var names = [String: String]()
        var published = [(path: String, bytes: [UInt8])]()
        let (stylesheets, others) = (files.filter { $0.name.hasSuffix(".css") }, files.filter { !$0.name.hasSuffix(".css") })
        for file in others {
            let name = fingerprinted(file.name, file.bytes)
            names[file.name] = "/assets/" + name
            published.append(("assets/" + name, file.bytes))
        }
        for file in stylesheets {
            var text = String(decoding: file.bytes, as: UTF8.self)
            let folder = file.name.split(separator: "/").dropLast().joined(separator: "/")
            for other in others {
                let relative = folder.isEmpty ? other.name : other.name.hasPrefix(folder + "/") ? String(other.name.dropFirst(folder.count + 1)) : nil
                guard let relative, let target = names[other.name] else { continue }
                let replacement = String(target.dropFirst("/assets/".count + (folder.isEmpty ? 0 : folder.count + 1)))
                for quote in ["\"", "'", ""] {
                    text = text.replacingOccurrences(of: "url(\(quote)\(relative)\(quote))", with: "url(\(quote)\(replacement)\(quote))")
                }
            }
            let bytes = Array(text.utf8)
            let name = fingerprinted(file.name, bytes)
            names[file.name] = "/assets/" + name
            published.append(("assets/" + name, bytes))
        }
        return (names, published.sorted { $0.path < $1.path })
    }

    /// `fonts/x.ttf` with bytes hashing to 3f2a1c9e → `fonts/x.3f2a1c9e.ttf`.
    static func fingerprinted(_ name: String, _ bytes: [UInt8]) -> String {
        let fingerprint = StableHash(bytes).hex(digits: 8)
        let slash = name.lastIndex(of: "/").map { name.index(after: $0) } ?? name.startIndex
        guard let dot = name[slash...].lastIndex(of: "."), dot > slash else { return name + "." + fingerprint }
        return name[..<dot] + "." + fingerprint + name[dot...]
    }
}
