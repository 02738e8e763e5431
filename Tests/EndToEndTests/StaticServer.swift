import Foundation
import TestSupport

/// Python's `http.server` on a free port of 127.0.0.1, serving a built
/// output folder as it is (`khao serve` would add its reload script).
final class StaticServer {
    let scratch: Scratch
    private let server: ListeningProcess
    var port: Int { server.port }

    init(folder: URL, scratch: Scratch) throws {
        self.scratch = scratch
        // It prints "Serving HTTP on 127.0.0.1 port N" once it listens.
        server = try ListeningProcess(URL(fileURLWithPath: "/usr/bin/env"),
                                      ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder.path],
                                      log: scratch.url.appendingPathComponent(".server-\(UUID().uuidString)"), portAfter: " port ")
    }

    func stop() {
        server.stop()
    }
}

/// Headless Chromium printing the DOM after the page's scripts ran.
enum Browser {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// `budget`: milliseconds of virtual time the page's scripts get (waiting is exact, not slept).
    static func dump(_ url: String, scratch: Scratch, budget: Int = 5000) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium ?? "/usr/bin/chromium")
        let profile = scratch.url.appendingPathComponent(".chromium-\(UUID().uuidString)")
        process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)",
                             "--virtual-time-budget=\(budget)", "--dump-dom", url]
        let out = scratch.url.appendingPathComponent(".dom-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: out.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? FileManager.default.removeItem(at: out) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return String(decoding: try Data(contentsOf: out), as: UTF8.self)
    }
}

extension Browser {
    /// Runs `script`, the body of an async JavaScript function whose value
    /// is the result, in a page of `output` served on 127.0.0.1 (so it may
    /// open the site's pages in frames), and gives the result back, parsed
    /// from the JSON the page writes into itself. One browser launch.
    static func evaluate(_ script: String, in output: URL, scratch: Scratch, budget: Int) throws -> Any? {
        let harness = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>harness</title></head><body><script>
            (async function () {
            \(script)
            })().then(function (result) {
              const pre = document.createElement("pre");
              pre.id = "harness-result";
              pre.textContent = JSON.stringify(result);
              document.body.appendChild(pre);
            });
            </script></body></html>
            """
        try harness.write(to: output.appendingPathComponent("__harness.html"), atomically: true, encoding: .utf8)
        let server = try StaticServer(folder: output, scratch: scratch)
        defer { server.stop() }
        let dom = try dump("http://127.0.0.1:\(server.port)/__harness.html", scratch: scratch, budget: budget)
        guard let text = dom.components(separatedBy: "<pre id=\"harness-result\">").dropFirst().first?.components(separatedBy: "</pre>").first else {
            return nil
        }
        let json = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONSerialization.jsonObject(with: Data(json.utf8))
    }
}
