import BundledFiles
import Content
import Site

/// The theme Khao carries in its binary, for sites without templates of their own.
enum BundledTheme {
    static var files: [ThemeFile] {
        Bundled.theme.map { ThemeFile(path: $0.path, bytes: $0.bytes) }
    }
}

/// The example site Khao carries, written out as a folder when needed.
enum BundledExample {
    static func folder() throws -> String {
        do {
            return try ExampleSite.materialize()
        } catch {
            Terminal.error("error: the bundled example cannot be written to \(error.path): \(error.reason)")
            throw ExitStatus.ioFailure
        }
    }
}
