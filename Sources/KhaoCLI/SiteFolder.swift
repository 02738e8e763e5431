import Foundation

/// The site a command works on (cli.md): `--site DIR`, else the current
/// folder when it has `content/site.yaml`, else the bundled example.
enum SiteFolder {
    static func resolve(_ option: String?) throws -> (folder: String, isExample: Bool) {
        if let option {
            guard FileManager.default.fileExists(atPath: option + "/content/site.yaml") else {
                Terminal.error("error: \(option) has no content/site.yaml")
                Terminal.error("hint: name a site folder, the one holding content/site.yaml")
                throw ExitStatus.usage
            }
            return (option, false)
        }
        let current = FileManager.default.currentDirectoryPath
        if FileManager.default.fileExists(atPath: current + "/content/site.yaml") {
            return (current, false)
        }
        return (try BundledExample.folder(), true)
    }
}
