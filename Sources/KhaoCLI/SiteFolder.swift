import Foundation
import Site

/// The site a command works on (cli.md): `--site DIR`, else the current
/// folder when it has `content/site.yaml`, else the bundled example.
enum SiteFolder {
    static func resolve(_ option: String?) throws -> (folder: String, isExample: Bool) {
        if let folder = try own(option) {
            return (folder, false)
        }
        return (try BundledExample.folder(), true)
    }

    /// The user's own site, for a command that writes into it (`khao new`):
    /// like `resolve`, but without a site folder it is a usage error, never
    /// the bundled example (a file written there would be lost with the
    /// next version of khao, and would show up in every build of the example).
    static func ownForWriting(_ option: String?, command: String) throws -> String {
        let folder = try own(option)
        // `--site` may name the copy of the example that other commands
        // wrote out; it is khao's, not the user's.
        let copies = ExampleSite.defaultBase() + "/example-"
        guard let folder, !realPath(folder).hasPrefix(realPath(ExampleSite.defaultBase()) + "/example-") else {
            Terminal.error(folder.map { "error: \($0) is a copy of the bundled example (\(copies)…), and \(command) does not write into it" }
                ?? "error: \(FileManager.default.currentDirectoryPath) has no content/site.yaml, and \(command) does not write into the bundled example")
            Terminal.error("hint: run it in your site's folder (the one holding content/site.yaml), or name that folder with --site DIR")
            throw ExitStatus.usage
        }
        return folder
    }

    /// `--site DIR` when it is a site (else a usage error), the current
    /// folder when it is one, or nil.
    private static func own(_ option: String?) throws -> String? {
        if let option {
            guard FileManager.default.fileExists(atPath: option + "/content/site.yaml") else {
                Terminal.error("error: \(option) has no content/site.yaml")
                Terminal.error("hint: name a site folder, the one holding content/site.yaml")
                throw ExitStatus.usage
            }
            return option
        }
        let current = FileManager.default.currentDirectoryPath
        return FileManager.default.fileExists(atPath: current + "/content/site.yaml") ? current : nil
    }

    private static func realPath(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}
