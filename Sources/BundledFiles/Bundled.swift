import Foundation

/// A file carried inside the `khao` binary.
public struct BundledFile: Sendable, Equatable {
    /// The path relative to the bundled folder's root: `base.html` or
    /// `assets/style.css` for the theme, `content/news/2555/x.md` for the example site.
    public let path: String
    /// The file's exact bytes.
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// The default theme and the example site, compiled into the binary (by the
/// EmbedFiles plugin) so that `khao` finds them wherever it runs from and
/// wherever it was copied to. Both lists are sorted by the UTF-8 bytes of
/// their paths, and leave out the names a site ignores (`.hidden`,
/// `_draft`, `backup~`, `x.swp`, `#autosave#`).
public enum Bundled {
    /// The files of the repository's `templates/` folder, paths relative to
    /// it (empty when the repository had no theme at build time).
    public static let theme: [BundledFile] = decoded(encodedTheme)

    /// The files of the repository's example site, paths relative to the
    /// site folder, so each starts with `content/`.
    public static let exampleSite: [BundledFile] = decoded(encodedExampleSite)

    // Static lets are initialised once, at first use: a run that never
    // touches the theme never decodes it.
    private static func decoded(_ files: [EncodedFile]) -> [BundledFile] {
        files.map { file in
            // The generator wrote the base64 itself; a test compares every
            // decoded file with the repository, so an empty result cannot go unseen.
            BundledFile(path: file.path, bytes: Data(base64Encoded: file.base64).map { [UInt8]($0) } ?? [])
        }
    }
}

/// One file as the generated source spells it.
struct EncodedFile: Sendable {
    let path: String
    let base64: String
}
