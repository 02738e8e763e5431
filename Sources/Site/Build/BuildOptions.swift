import Foundation

/// What `khao build` was asked to do (cli.md).
public struct BuildOptions: Sendable {
    /// The site folder (the one holding `content/`).
    public var siteFolder: String
    /// Include drafts (`--drafts`) and releases dated in the future (`--future`).
    public var drafts = false
    public var future = false
    /// Overrides `base_url` of site.yaml (`--base-url`).
    public var baseURL: String?
    /// Threads rendering pages (`--jobs`); the output is the same for any number.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// The moment "future" is measured from.
    public var now = Date()
    /// Print documents link their PDFs (`khao pdf`, which writes them).
    public var linkPDFs = false
    /// Keeps the Markdown of releases and pages once rendered, for
    /// `khao serve` to compare with the next edit; a build lets it go as
    /// it renders (about 33 MB of peak memory on 10,000 releases).
    var keepsSources = false

    public init(siteFolder: String) {
        self.siteFolder = siteFolder
    }
}

/// Where the build's files go: the writer's fresh folder, or memory in tests.
public protocol BuildOutput: Sendable {
    /// Writes `bytes` at `path`, relative to the output folder; called from many threads at once.
    func write(_ path: String, _ bytes: [UInt8]) throws
    /// Copies the file at `source` (an absolute path) to `path` in the output.
    func copy(from source: String, to path: String) throws
}

/// An output a site is kept up to date in (`khao serve`'s memory), where
/// the files of pages that are gone can be taken away.
public protocol LiveOutput: BuildOutput {
    /// Takes away the file at `path`, if there is one.
    func remove(_ path: String)
}
