import ArgumentParser
import Dispatch
import Foundation
import Serve
import Site

/// `khao serve`: the site built into memory and served, rebuilt when a file
/// of `content/` or `templates/` changes, open pages reloaded.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the site while you write: rebuilt on every save, open pages reloaded.",
        discussion: """
            Builds the site into memory (nothing is written to output/) and serves it on \
            http://127.0.0.1:8080/. Every save under content/ or templates/ rebuilds it and \
            reloads the pages open in a browser. A build error shows over the page and in the \
            terminal, and the last good site keeps being served until the file is fixed. \
            Stop it with Ctrl+C.

            Examples:
              khao serve
              khao serve --port 8000 --drafts --open
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(help: "The port to listen on; 0 lets the system choose.")
    var port: UInt16 = 8080

    @Option(help: "The address to listen on. Default: 127.0.0.1, this machine only.")
    var host = "127.0.0.1"

    @Flag(help: "Open the site in the default browser.")
    var open = false

    func run() throws {
        let (options, _) = try siteOptions.buildOptions()
        let site = LiveSite(options: options, bundledTheme: BundledTheme.files)
        let format = siteOptions.format
        switch site.rebuild(report: { _ = Terminal.report($0, format: format) }) {
        case .built(let pages, let seconds), .updated(let pages, let seconds):
            Terminal.output(String(format: "built %d pages in %.2f s\n", pages, seconds))
        case .failed:
            Terminal.error("the site has errors: serving what there is until they are fixed")
        }

        let server: DevServer
        do {
            server = try DevServer(source: site, host: host, port: port, live: site)
        } catch {
            Terminal.error("error: \(error.message)")
            Terminal.error("hint: \(error.hint)")
            throw ExitStatus.usage
        }
        let listening: Int
        do {
            listening = try server.start()
        } catch {
            Terminal.error("error: \(error.message)")
            Terminal.error("hint: \(error.hint)")
            throw ExitStatus.usage
        }
        let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(listening)\(site.basePath)"
        Terminal.output("serving \(address) (Ctrl+C to stop)\n")
        if open { Self.openBrowser(address) }

        let folder = options.siteFolder
        let watcher: FolderWatcher
        do {
            watcher = try FolderWatcher([folder + "/content", folder + "/templates"]) { changed in
                let names = changed.map { $0.hasPrefix(folder + "/") ? String($0.dropFirst(folder.count + 1)) : $0 }
                let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
                switch site.rebuild(changed: changed, report: { _ = Terminal.report($0, format: format) }) {
                case .built(let pages, let seconds):
                    Terminal.output(String(format: "rebuilt %d pages in %.0f ms (%@)\n", pages, seconds * 1000, shown))
                    server.announce(problems: nil)
                case .updated(let pages, let seconds):
                    Terminal.output(String(format: "updated %d pages in %.0f ms (%@)\n", pages, seconds * 1000, shown))
                    server.announce(problems: nil)
                    // The index after the reload: it takes longer than the pages.
                    _ = Terminal.report(site.refreshSearch(), format: format)
                case .failed(let problems):
                    server.announce(problems: problems)
                }
            }
        } catch {
            Terminal.error("error: \(error.message)")
            Terminal.error("hint: \(error.hint)")
            throw ExitStatus.ioFailure
        }
        withExtendedLifetime(watcher) { dispatchMain() }
    }

    private static func openBrowser(_ address: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", address]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
