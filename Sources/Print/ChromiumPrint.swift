import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Chromium {
    /// The flags of every print. Measured with Chromium 156:
    /// - `--headless=new`: the browser itself, no window, not the old headless shell.
    /// - `--no-sandbox`: the sandbox needs user namespaces, which containers
    ///   and CI runners often lack; the documents are khao's own output.
    /// - `--disable-gpu`: no GPU process to start or fail on a server.
    /// - `--no-pdf-header-footer`: no date, title, URL and page count in the margins.
    /// - `--allow-file-access-from-files`: a `file://` document may read the
    ///   stylesheets and fonts beside it.
    /// - `--virtual-time-budget=1000`: without it Chromium prints as soon as
    ///   the page has loaded, and a web font still arriving is printed in a
    ///   fallback face (a font delayed 3 s came out in Loma, every time).
    ///   Virtual time does not run while a fetch is pending, so any budget
    ///   waits for the fonts; idle time runs instantly, so it costs nothing
    ///   measurable (1.6–1.9 s a print with a budget of 0, 1 s, 5 s or 30 s).
    static let flags = [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--allow-file-access-from-files", "--virtual-time-budget=1000",
    ]

    /// Prints the page at `page` (a `file://` URL, or the address `khao pdf`
    /// serves it at on 127.0.0.1), and gives the PDF's bytes; `shown` names the
    /// document in a failure (its path by default).
    ///
    /// Each print runs a browser of its own with a fresh profile in a
    /// temporary folder, so prints can run side by side. Chromium exits 0
    /// even when it could not load the page or write the PDF, so a print
    /// has failed when no PDF was written, whatever the exit status.
    public func pdf(of page: URL, shown: String? = nil) throws(PrintFailure) -> Data {
        let shown = shown ?? (page.isFileURL ? page.path : page.absoluteString)
        guard !page.isFileURL || FileManager.default.fileExists(atPath: page.path) else {
            throw PrintFailure(document: shown, reason: "there is no such file")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khao-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("print.pdf")
        let errors = folder.appendingPathComponent("stderr.txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Self.flags + [
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(pdf.path)",
            page.absoluteURL.absoluteString,
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        let errorFile: FileHandle
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data().write(to: errors)
            errorFile = try FileHandle(forWritingTo: errors)
            process.standardError = errorFile
            try process.run()
        } catch {
            throw PrintFailure(document: shown, reason: "cannot run \(executable): \(error.localizedDescription)")
        }
        defer { try? errorFile.close() }
        if exited.wait(timeout: .now() + timeout.seconds) == .timedOut {
            stop(process, exited: exited)
            throw PrintFailure(document: shown, reason: "Chromium did not finish within \(timeout)", stderr: Self.tail(of: errors))
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let how = process.terminationReason == .exit ? "exited with status" : "was killed by signal"
            throw PrintFailure(document: shown, reason: "Chromium \(how) \(process.terminationStatus)", stderr: Self.tail(of: errors))
        }
        guard let data = try? Data(contentsOf: pdf), !data.isEmpty else {
            throw PrintFailure(document: shown, reason: "Chromium wrote no PDF", stderr: Self.tail(of: errors))
        }
        return data
    }

    /// Ends a browser that ran out of time, with SIGKILL: the print is
    /// given up anyway, and a SIGTERM may never arrive. A process started
    /// from a Dispatch worker thread inherits that thread's mask, which
    /// blocks SIGTERM (Foundation's `Process` does not reset it); Chromium
    /// unblocks its signals, a wrapper script or another program may not.
    /// Chromium's helper processes exit when the browser is gone (measured:
    /// none was left a second later).
    private func stop(_ process: Process, exited: DispatchSemaphore) {
        kill(process.processIdentifier, SIGKILL)
        exited.wait()
    }

    /// The last lines of Chromium's standard error. Headless Chromium
    /// complains about D-Bus on every run without a desktop session; those
    /// lines would push the one that says what went wrong out of the tail.
    private static func tail(of errors: URL) -> String {
        let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.contains(":ERROR:dbus/") }
        return lines.suffix(5).joined(separator: "\n")
    }
}

extension Duration {
    /// The duration in seconds, for Dispatch's deadlines.
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
