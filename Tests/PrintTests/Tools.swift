import Foundation
import Print
import TestSupport

/// The programs the tests print and read PDFs with, when the machine has them.
enum Tools {
    /// The browser on PATH: tests that print for real are skipped without
    /// one (CI installs Chromium, so they run there).
    static let chromium = try? Chromium.find()

    /// poppler-utils' pdftotext, to read back the printed contents list.
    static let pdftotext = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
        .split(separator: ":").map { "\($0)/pdftotext" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The text of page `page` of `pdf`, as pdftotext lays it out.
    static func text(of pdf: URL, page: Int, with pdftotext: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = ["-layout", "-f", String(page), "-l", String(page), pdf.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: text, as: UTF8.self)
    }
}

extension TemporaryFolder {
    /// Writes a shell script named `name` and makes it executable: a
    /// stand-in browser that fails, hangs or writes a PDF on cue.
    func script(_ name: String, _ body: String) throws -> String {
        try write(name, "#!/bin/sh\n" + body + "\n")
        let path = url.appendingPathComponent(name).path
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }
}
