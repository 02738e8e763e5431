import Foundation
import Serve

/// A built output folder served on a free port of 127.0.0.1 while `khao pdf`
/// prints it.
struct ServedOutput {
    private let server: DevServer
    /// `http://127.0.0.1:PORT` and the site's base path.
    private let root: String

    init(_ site: FolderSite) throws {
        do {
            server = try DevServer(source: site, port: 0)
            root = "http://127.0.0.1:\(try server.start())" + site.basePath
        } catch {
            Terminal.error("error: cannot serve the output to Chromium on 127.0.0.1: \(error.message)")
            throw ExitStatus.ioFailure
        }
    }

    /// The address of `file`, a file of the output folder `output`.
    func address(of file: URL, in output: URL) -> URL {
        let relative = String(file.standardizedFileURL.path.dropFirst(output.standardizedFileURL.path.count + 1))
        let encoded = relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative
        return URL(string: root + encoded) ?? file
    }

    func stop() {
        let server = server
        Task { await server.stop() }
    }
}
