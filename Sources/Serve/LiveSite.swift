import Diagnostics
import Foundation
import Site
import Synchronization

/// The site `khao serve` serves: rebuilt into memory when its sources
/// change, the last good build kept while a broken one is being fixed.
public final class LiveSite: Sendable {
    /// What a rebuild came to.
    public enum Outcome: Sendable, Equatable {
        /// The new build is served.
        case built(pages: Int, seconds: Double)
        /// The build failed; the previous site is still served, and
        /// `problems` is the diagnostics' text as the terminal shows it.
        case failed(problems: String)
    }

    /// What every rebuild is asked to do.
    public let options: BuildOptions
    private let bundledTheme: [ThemeFile]
    private let state = Mutex<(files: ServedFiles, basePath: String, problems: String?)>((ServedFiles(), "/", nil))

    /// `options` as `khao build` would get them; the theme bundled in the binary.
    public init(options: BuildOptions, bundledTheme: [ThemeFile]) {
        self.options = options
        self.bundledTheme = bundledTheme
    }

    /// The files served now.
    public var files: ServedFiles { state.withLock { $0.files } }
    /// The site's base path, which its links begin with.
    public var basePath: String { state.withLock { $0.basePath } }
    /// The diagnostics of the last build, when it failed.
    public var problems: String? { state.withLock { $0.problems } }

    /// Builds the whole site into memory and serves it if it built; the
    /// diagnostics (warnings too) go to `report`.
    @discardableResult
    public func rebuild(report: ([Diagnostic]) -> Void = { _ in }) -> Outcome {
        let started = Date()
        var times = StageTimes()
        var options = options
        options.now = Date()
        let (prepared, diagnostics) = SiteBuild.prepare(options, bundledTheme: bundledTheme, times: &times)
        let files = ServedFiles()
        var problems = diagnostics
        if let prepared {
            problems += prepared.write(to: files, jobs: options.jobs, times: &times)
        }
        report(problems)
        guard let prepared, !problems.contains(where: { $0.severity == .error }) else {
            let text = Self.text(problems)
            state.withLock { $0.problems = text }
            return .failed(problems: text)
        }
        state.withLock { $0 = (files, prepared.basePath, nil) }
        return .built(pages: prepared.counts.pages, seconds: Date().timeIntervalSince(started))
    }

    /// The errors as the terminal writes them (warnings left out: the
    /// overlay is for what stops the build).
    private static func text(_ diagnostics: [Diagnostic]) -> String {
        var log = DiagnosticLog()
        log.append(contentsOf: diagnostics.filter { $0.severity == .error })
        return log.diagnostics.map(DiagnosticFormat.text.render).joined() + (log.summary.map { $0 + "\n" } ?? "")
    }
}
