import Diagnostics
import Yams

/// `templates/theme.yaml`: what a theme needs from the machine. Fonts are
/// not committed (licences, size): the build copies them from the system,
/// where the README's set-up installed them.
///
/// ```yaml
/// fonts:
///   fonts/khao-sarabun.ttf: [/usr/share/fonts/truetype/tlwg/Laksaman.ttf]
/// ```
public struct ThemeManifest: Sendable, Equatable {
    /// A font the theme publishes under `assets/`.
    public struct Font: Sendable, Equatable {
        /// Its name under `assets/`, e.g. `fonts/khao-sarabun.ttf`.
        public var name: String
        /// The system files to take it from; the first found wins.
        public var sources: [String]

        public init(name: String, sources: [String]) {
            self.name = name
            self.sources = sources
        }
    }

    public var fonts: [Font]

    static let keys = ["fonts"]

    /// Reads a manifest; nil with diagnostics when it is wrong.
    public static func load(_ text: String, path: String) -> (ThemeManifest?, [Diagnostic]) {
        let (parsed, problems) = YAMLDocument.parse(text, path: path)
        guard let document = parsed else { return (nil, problems) }
        var fields = YAMLFields(document.root, in: document, known: keys, owner: "the theme manifest")
        var fonts = [Font]()
        if let node = fields.value("fonts") {
            if let mapping = node.mapping {
                for (key, value) in mapping {
                    guard let name = key.string, !name.isEmpty, !name.contains(".."), !name.hasPrefix("/") else {
                        fields.add(document.diagnostic(.error, "a font's name must be a path under assets/", at: key, code: "bad-value"))
                        continue
                    }
                    let sources = value.scalar.map { [$0.string] } ?? value.sequence?.compactMap(\.string) ?? []
                    if sources.isEmpty {
                        fields.add(document.diagnostic(.error, "\"\(name)\" needs the font files to copy it from", at: value, code: "bad-value"))
                    }
                    fonts.append(Font(name: name, sources: sources))
                }
            } else {
                fields.add(document.diagnostic(.error, "\"fonts\" must map asset names to font files", at: node, code: "yaml-type"))
            }
        }
        let diagnostics = fields.finish()
        return diagnostics.contains { $0.severity == .error } ? (nil, diagnostics) : (ThemeManifest(fonts: fonts), diagnostics)
    }
}
