import Foundation

/// An output folder that passed the checks of quality.md ("Nothing lost"):
/// khao replaces the whole folder on every build, so it must be one that
/// holds nothing but an earlier build.
public struct OutputLocation: Sendable, Equatable {
    /// The folder as the user named it, for messages.
    public let shown: String
    /// Its real path (links resolved): the folder that is replaced, so an
    /// output that is a link keeps being a link to the new build.
    public let path: String

    /// Checks `output` against the site folder `site` and refuses: the site
    /// folder, its `content/` or `templates/` or anything inside them, a
    /// folder that contains any of them, `/`, the home folder, a file, and a
    /// non-empty folder without the `.khao-output` marker. Paths are compared
    /// after resolving links, `..` and trailing slashes. `home` defaults to `$HOME`.
    public static func check(
        _ output: String, site: String, home: String? = ProcessInfo.processInfo.environment["HOME"]
    ) throws(OutputLocationError) -> OutputLocation {
        let real = RealPath.of(output)
        let siteFolder = RealPath.of(site)
        let quoted = "\"\(output)\""
        if real == "/" {
            throw refusal("the output folder \(quoted) is the root of the file system")
        }
        if let home, !home.isEmpty, real == RealPath.of(home) {
            throw refusal("the output folder \(quoted) is your home folder")
        }
        if real == siteFolder {
            throw refusal("the output folder \(quoted) is the site folder itself")
        }
        if RealPath.isSameOrInside(siteFolder, real) {
            throw refusal("the output folder \(quoted) contains the site folder")
        }
        for name in ["content", "templates"] {
            let folder = RealPath.of(siteFolder + "/" + name)
            if real == folder {
                throw refusal("the output folder \(quoted) is the site's \(name)/ folder")
            }
            if RealPath.isSameOrInside(real, folder) {
                throw refusal("the output folder \(quoted) is inside the site's \(name)/ folder")
            }
            if RealPath.isSameOrInside(folder, real) {
                throw refusal("the output folder \(quoted) contains the site's \(name)/ folder")
            }
        }
        if FileTree.exists(real) {
            guard FileTree.isFolder(real) else {
                throw refusal("the output \(quoted) is a file, not a folder")
            }
            guard let names = FileTree.names(in: real) else {
                throw refusal("the output folder \(quoted) cannot be read (\(SystemReason.last))",
                              hint: "check its permissions, or choose another folder with --output")
            }
            if !names.isEmpty, !names.contains(OutputMarker.name) {
                throw refusal(
                    "the output folder \(quoted) is not empty and was not made by khao (it has no \(OutputMarker.name) file)",
                    hint: "khao replaces its output folder as a whole: choose a new or empty folder with --output, or empty this one yourself"
                )
            }
        }
        return OutputLocation(shown: output, path: real)
    }

    private static func refusal(
        _ message: String,
        hint: String = "khao replaces its output folder as a whole: choose a folder of its own, such as output/ in the site folder (--output output)"
    ) -> OutputLocationError {
        OutputLocationError(message: message, hint: hint)
    }
}
