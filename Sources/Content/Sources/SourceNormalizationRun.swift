import Diagnostics

/// `khao normalize` over files and folders: reads, normalises and, when
/// asked, rewrites each, collecting everything the command reports.
public struct SourceNormalizationRun: Sendable {
    /// What happened to one path the user named, or one file in a folder they named.
    public enum Outcome: Sendable {
        case normalized(NormalizedSource)
        /// The file could not be read or written.
        case failed(FileError)
    }

    public let outcomes: [Outcome]
    /// The files rewritten with `write`.
    public let written: [String]

    /// Normalises the files at `paths`; a folder stands for the text files in it.
    ///
    /// With `write`, each file whose normalised form differs and that has no
    /// error is replaced atomically; files that need no change are not touched.
    public init(paths: [String], write: Bool) {
        var files = [(path: String, kind: SourceKind)]()
        var failures = [Int: FileError]()
        for path in paths {
            do {
                if let children = try Self.filesInFolder(path) {
                    files += children.map { ($0, SourceKind(path: $0) ?? .text) }
                } else {
                    files.append((path, SourceKind(path: path) ?? .text))
                }
            } catch {
                failures[files.count] = error
                files.append((path, .text))
            }
        }
        let (listed, unlisted) = (files, failures)
        let results = ParallelMap.map(listed.indices) { index -> (outcome: Outcome, wrote: Bool) in
            if let failure = unlisted[index] {
                return (.failed(failure), false)
            }
            return Self.process(listed[index].path, kind: listed[index].kind, write: write)
        }
        self.outcomes = results.map { $0.outcome }
        self.written = files.indices.filter { results[$0].wrote }.map { files[$0].path }
    }

    private static func process(_ path: String, kind: SourceKind, write: Bool) -> (outcome: Outcome, wrote: Bool) {
        do throws(FileError) {
            let source = NormalizedSource(bytes: try SourceFiles.read(path), path: path, kind: kind)
            guard write, source.changed, let output = source.output else {
                return (.normalized(source), false)
            }
            try AtomicFile.replaceContents(of: path, with: output)
            return (.normalized(source), true)
        } catch {
            return (.failed(error), false)
        }
    }

    /// The text files in `path` when it is a folder, nil when it is a file.
    private static func filesInFolder(_ path: String) throws(FileError) -> [String]? {
        SourceFiles.isFolder(path) ? try SourceFiles.textFiles(under: path) : nil
    }

    public var sources: [NormalizedSource] {
        outcomes.compactMap { if case .normalized(let source) = $0 { source } else { nil } }
    }

    public var fileErrors: [FileError] {
        outcomes.compactMap { if case .failed(let error) = $0 { error } else { nil } }
    }

    /// True for the diagnostic codes that stand for a change the run makes
    /// (or would make) to a file.
    public static func isRepairCode(_ code: String) -> Bool {
        FileLevelRepair.isRepair(code)
    }

    /// Every diagnostic of the run, file by file in the order given.
    public var diagnostics: [Diagnostic] {
        outcomes.flatMap { outcome -> [Diagnostic] in
            switch outcome {
            case .normalized(let source): source.diagnostics
            case .failed(let error): [.error(error.reason, path: error.path, code: "io")]
            }
        }
    }
}
