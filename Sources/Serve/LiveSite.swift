import Diagnostics
import Foundation
import Site
import Synchronization

/// The site `khao serve` serves: built into memory, updated after a change
/// to releases and standing pages by rendering only the pages it alters
/// (``LiveBuild``), built again after any other; the last good site kept
/// while a broken one is being fixed.
public final class LiveSite: Sendable {
    /// What a rebuild came to.
    public enum Outcome: Sendable, Equatable {
        /// The whole site was built again, and is served.
        case built(pages: Int, seconds: Double)
        /// Only the pages the change alters were rendered again.
        case updated(pages: Int, seconds: Double)
        /// The build failed; the previous site is still served, and
        /// `problems` is the diagnostics' text as the terminal shows it.
        case failed(problems: String)
    }

    private let build: Mutex<LiveBuild>
    private let state = Mutex<(files: ServedFiles, basePath: String, problems: String?)>((ServedFiles(), "/", nil))
    /// What every rebuild is asked to do.
    public let options: BuildOptions

    /// `options` as `khao build` would get them; the theme bundled in the binary.
    public init(options: BuildOptions, bundledTheme: [ThemeFile]) {
        self.options = options
        build = Mutex(LiveBuild(options: options, bundledTheme: bundledTheme))
    }

    /// The files served now.
    public var files: ServedFiles { state.withLock { $0.files } }
    /// The site's base path, which its links begin with.
    public var basePath: String { state.withLock { $0.basePath } }
    /// The diagnostics of the last build, when it failed.
    public var problems: String? { state.withLock { $0.problems } }

    /// Brings the site up to date after the files at `changed` (absolute
    /// paths; none for a first build) changed; the diagnostics (warnings
    /// too) go to `report`.
    @discardableResult
    public func rebuild(changed: [String] = [], report: ([Diagnostic]) -> Void = { _ in }) -> Outcome {
        let started = Date()
        let served = files
        return build.withLock { build in
            switch changed.isEmpty ? .needsBuild : build.update(changed, into: served) {
            case .updated(let pages, let diagnostics):
                report(diagnostics)
                state.withLock { $0.problems = nil }
                return .updated(pages: pages, seconds: Date().timeIntervalSince(started))
            case .failed(let diagnostics):
                report(diagnostics)
                let text = Self.text(diagnostics)
                state.withLock { $0.problems = text }
                return .failed(problems: text)
            case .needsBuild:
                break
            }
            let files = ServedFiles()
            let (pages, diagnostics) = build.build(into: files)
            report(diagnostics)
            guard let pages else {
                let text = Self.text(diagnostics)
                state.withLock { $0.problems = text }
                return .failed(problems: text)
            }
            state.withLock { $0 = (files, build.basePath, nil) }
            return .built(pages: pages, seconds: Date().timeIntervalSince(started))
        }
    }

    /// After an ``Outcome/updated(pages:seconds:)``: the search index made
    /// again (slower than the pages, so the pages are reloaded first).
    public func refreshSearch() -> [Diagnostic] {
        let served = files
        return build.withLock { build in
            served.remove { $0.hasPrefix("search/") && $0.hasSuffix(".json") }
            return build.refreshSearch(into: served)
        }
    }

    /// The errors as the terminal writes them (warnings left out: the
    /// overlay is for what stops the build).
    private static func text(_ diagnostics: [Diagnostic]) -> String {
        var log = DiagnosticLog()
        log.append(contentsOf: diagnostics.filter { $0.severity == .error })
        return log.diagnostics.map(DiagnosticFormat.text.render).joined() + (log.summary.map { $0 + "\n" } ?? "")
    }
}
