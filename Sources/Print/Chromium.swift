import Foundation

/// A Chromium or Google Chrome browser, run headless to print HTML files to PDF.
public struct Chromium: Sendable {
    /// The browser's executable, a path.
    public let executable: String
    /// How long one print may take before the browser is stopped and the
    /// print fails: a launch takes 1–2 s, a long brief a few more.
    public let timeout: Duration

    /// The names looked for on `PATH`, in order: Debian's and Ubuntu's
    /// packages, then Google's.
    public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    public init(executable: String, timeout: Duration = .seconds(60)) {
        self.executable = executable
        self.timeout = timeout
    }

    /// The browser at `explicit` (`--chromium PATH`; a bare name is looked
    /// up on `PATH`), else the first of ``names`` on `searchPath`.
    public static func find(
        explicit: String? = nil,
        searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    ) throws(ChromiumNotFound) -> Chromium {
        let install = "install Chromium with `apt-get install chromium`"
        if let explicit {
            guard let executable = locate(explicit, on: searchPath) else {
                throw ChromiumNotFound(
                    message: "there is no browser to run at \(explicit)",
                    hint: "\(install), or give --chromium the path of Chromium or Google Chrome"
                )
            }
            return Chromium(executable: executable)
        }
        for name in names {
            if let executable = locate(name, on: searchPath) { return Chromium(executable: executable) }
        }
        throw ChromiumNotFound(
            message: "no Chromium found: looked for \(names.joined(separator: ", ")) on PATH",
            hint: "\(install), or give its path with --chromium PATH"
        )
    }

    /// `command` itself when it has a `/`, else the first executable of that
    /// name in the folders of `searchPath`; nil when there is none.
    private static func locate(_ command: String, on searchPath: String) -> String? {
        let candidates = command.contains("/") ? [command] : searchPath.split(separator: ":").map { "\($0)/\(command)" }
        return candidates.first { candidate in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) && !isFolder.boolValue
                && FileManager.default.isExecutableFile(atPath: candidate)
        }
    }
}
