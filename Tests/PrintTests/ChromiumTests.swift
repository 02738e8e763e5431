import Foundation
import Print
import Testing
import TestSupport

@Suite("Finding the browser, and a print that fails")
struct ChromiumTests {
    @Test("A browser given that is not there: the error says where, and how to install one")
    func explicitMissing() {
        #expect {
            try Chromium.find(explicit: "/nonexistent")
        } throws: { error in
            guard let error = error as? ChromiumNotFound else { return false }
            return error.message.contains("/nonexistent") && error.hint.contains("apt-get install chromium")
        }
    }

    @Test("No browser on PATH: the error names every name looked for")
    func noneOnPath() throws {
        let empty = try TemporaryFolder()
        #expect {
            try Chromium.find(searchPath: empty.path)
        } throws: { error in
            guard let error = error as? ChromiumNotFound else { return false }
            return Chromium.names.allSatisfy(error.message.contains) && error.hint.contains("apt-get install chromium")
        }
    }

    @Test("A name is looked up on PATH; a folder or a file that cannot run is not a browser")
    func lookup() throws {
        let folder = try TemporaryFolder()
        let browser = try folder.script("google-chrome", "exit 0")
        try folder.write("chromium", "not executable")
        try folder.write("chromium-browser/x", "a folder")
        #expect(try Chromium.find(searchPath: "/nonexistent:" + folder.path).executable == browser)
        #expect(try Chromium.find(explicit: "google-chrome", searchPath: folder.path).executable == browser)
        #expect(throws: ChromiumNotFound.self) { try Chromium.find(explicit: folder.path + "/chromium-browser") }
        #expect(throws: ChromiumNotFound.self) { try Chromium.find(explicit: folder.path + "/chromium") }
    }

    @Test("The browser gets the print flags and the document's file URL, and its PDF comes back")
    func arguments() throws {
        let folder = try TemporaryFolder()
        try folder.write("ข่าว/index.html", "<p>x</p>")
        let browser = try folder.script("browser", """
            for argument in "$@"; do
              case "$argument" in --print-to-pdf=*) pdf="${argument#--print-to-pdf=}" ;; esac
            done
            printf '%s\\n' "$@" > "\(folder.path)/arguments"
            printf '%%PDF-1.4 fake' > "$pdf"
            """)
        let pdf = try Chromium(executable: browser).pdf(of: folder.url.appendingPathComponent("ข่าว/index.html"))
        #expect(String(decoding: pdf, as: UTF8.self) == "%PDF-1.4 fake")
        let arguments = try folder.text("arguments").split(separator: "\n").map(String.init)
        for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--allow-file-access-from-files"] {
            #expect(arguments.contains(flag))
        }
        #expect(arguments.contains { $0.hasPrefix("--user-data-dir=") })
        #expect(arguments.last == folder.url.appendingPathComponent("ข่าว/index.html").absoluteString)
        #expect(arguments.last?.hasPrefix("file:///") == true)
    }

    @Test("A failed print names the document, why, and the end of Chromium's stderr without D-Bus noise")
    func failures() throws {
        let folder = try TemporaryFolder()
        try folder.write("page.html", "<p>x</p>")
        let page = folder.url.appendingPathComponent("page.html")
        let crashes = try folder.script("crashes", """
            echo '[1:2:ERROR:dbus/bus.cc:405] Failed to connect to the bus' >&2
            echo 'first line' >&2
            echo 'Trace/breakpoint trap' >&2
            exit 5
            """)
        let silent = try folder.script("silent", "exit 0")
        let hangs = try folder.script("hangs", "exec sleep 30")

        func failure(_ browser: String, timeout: Duration = .seconds(60), document: URL = page) -> PrintFailure? {
            do {
                _ = try Chromium(executable: browser, timeout: timeout).pdf(of: document)
                return nil
            } catch {
                return error
            }
        }
        #expect(failure(crashes) == PrintFailure(document: page.path, reason: "Chromium exited with status 5", stderr: "first line\nTrace/breakpoint trap"))
        #expect(failure(silent) == PrintFailure(document: page.path, reason: "Chromium wrote no PDF"))
        #expect(failure(silent, document: folder.url.appendingPathComponent("missing.html"))?.reason == "there is no such file")

        let start = ContinuousClock.now
        #expect(failure(hangs, timeout: .milliseconds(300))?.reason.hasPrefix("Chromium did not finish within") == true)
        #expect(ContinuousClock.now - start < .seconds(3))
        #expect(failure(crashes)?.message.hasPrefix("cannot print \(page.path): ") == true)
    }
}
