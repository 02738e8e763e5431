import Foundation
import PackagePlugin

/// Runs `embed-files` on the package's `templates/` (the default theme) and
/// `content/` (the example site), so that their bytes are compiled into the
/// `BundledFiles` module and travel with the binary wherever it is copied.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let root = context.package.directoryURL
        let theme = root.appending(path: "templates")
        let example = root.appending(path: "content")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the theme and the example site into BundledFiles",
                executable: try context.tool(named: "embed-files").url,
                arguments: [output.path, theme.path, example.path],
                inputFiles: inputs(under: theme) + inputs(under: example),
                outputFiles: [output]
            )
        ]
    }

    /// Every file under `folder` (none when it is missing), so that an edit
    /// reruns the tool. SwiftPM runs this plugin only when it plans the
    /// build, and a declared file that disappears fails the build ("missing
    /// inputs"), so the folders must make SwiftPM plan again when a file is
    /// added or deleted: `Sources/BundledFiles/Theme` and `Example` are links
    /// to them, and SwiftPM plans again whenever the tree of a target's
    /// folder changes. Hidden names (editor swap files) are not declared;
    /// the tool applies the full ignore rule.
    private func inputs(under folder: URL) -> [URL] {
        // A missing input fails the build, and templates/ may not exist yet.
        guard FileManager.default.fileExists(atPath: folder.path),
              let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]
        ) else { return [] }
        var found = [URL]()
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            found.append(url)
        }
        return found
    }
}
