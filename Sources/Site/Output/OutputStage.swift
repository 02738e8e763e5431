import Content
import Foundation
import Synchronization

/// A fresh folder beside the output that a build writes into; `commit()`
/// swaps it in whole, so a failed or interrupted build leaves the previous
/// output as it was (quality.md, "Nothing lost").
///
/// Files are written with plain `open`/`write`/`close` and no per-file
/// `fsync`; the tree is made durable once, at commit, before the swap.
/// `write` and `copy` may be called from many threads at once.
///
/// Nothing is written outside the stage: paths are checked (`StagePath`),
/// the stage is private (mode 0700) until commit so no other user can plant
/// a link in it, every folder in it is made by the stage or checked to be a
/// real folder (never a link), and files are created with `O_EXCL` and
/// `O_NOFOLLOW`, so a link in the way is an error, never followed.
public final class OutputStage: Sendable {
    /// The output folder this stage replaces at commit.
    public let location: OutputLocation
    /// The stage folder, `.NAME.khao-new-RANDOM` beside the output (on the
    /// same file system, so the swap is a rename).
    public let path: String

    /// The stage folder, open and locked (`flock`) for as long as the stage
    /// lives, so another run's `StaleStages` leaves it alone.
    private let lock: Int32
    /// Folders known to exist in the stage, relative to it: each is made once.
    private let folders = Mutex<Set<String>>([])
    private let state = Mutex<State>(.open)

    private enum State {
        case open, committed, abandoned
    }

    /// Creates the stage beside `location`, first deleting the stages that
    /// killed runs left there (see `StaleStages`), and any missing parent
    /// folders of the output.
    public init(replacing location: OutputLocation) throws(FileError) {
        self.location = location
        let (parent, name) = StaleStages.split(location.path)
        try FileTree.makeFolders(parent)
        StaleStages.remove(beside: location.path)
        var created: String?
        for _ in 0..<16 {
            let candidate = parent + "/" + StaleStages.prefix(of: name) + String(UInt32.random(in: .min ... .max), radix: 16)
            if mkdir(candidate, 0o700) == 0 {
                created = candidate
                break
            }
            guard errno == EEXIST else {
                throw FileError(path: location.shown, reason: "cannot make a build folder beside it: \(SystemReason.last)")
            }
        }
        guard let created else {
            throw FileError(path: location.shown, reason: "cannot make a build folder beside it: too many exist already")
        }
        path = created
        lock = FileTree.openFolder(created)
        // Locked before the marker exists, so a concurrent clean-up that sees
        // the marker also sees the lock.
        guard lock >= 0, flock(lock, LOCK_EX) == 0 else {
            let reason = SystemReason.last
            abandon()
            throw FileError(path: created, reason: "cannot be opened: \(reason)")
        }
        do throws(FileError) {
            try PosixFile.create(created + "/" + OutputMarker.stageName, contents: Array(OutputMarker.text.utf8), shown: shownPath(OutputMarker.stageName))
        } catch {
            abandon()
            throw error
        }
    }

    deinit {
        // A stage dropped without commit (an error was thrown) is abandoned.
        abandon()
    }

    /// Writes `bytes` to `relativePath` in the stage, making its folders.
    /// The path must be relative, without empty, `.` or `..` parts, NUL or
    /// backslashes, and each path may be written once.
    public func write(_ relativePath: String, _ bytes: some ContiguousBytes) throws(FileError) {
        let target = try prepare(relativePath)
        try PosixFile.create(target, contents: bytes, shown: shownPath(relativePath))
    }

    /// Copies the regular file `sourcePath` (an attachment, a font) to
    /// `relativePath` in the stage. `sourcePath` must not be a link: resolve
    /// links inside the site first, so none leads out of it.
    public func copy(from sourcePath: String, to relativePath: String) throws(FileError) {
        let target = try prepare(relativePath)
        try PosixFile.copy(from: sourcePath, to: target, shown: shownPath(relativePath))
    }

    /// Makes the stage the output: marks it as khao's, flushes it to disk,
    /// swaps it with the old output in one atomic rename, flushes the parent
    /// folder, and deletes the old output (see `OldOutput`: on a slow disk
    /// that last step takes longest). On an error the stage is deleted,
    /// and an error before the swap leaves the old output untouched.
    public func commit() throws(FileError) {
        try state.withLock { (state) throws(FileError) in
            guard state == .open else {
                throw FileError(path: location.shown, reason: "was already committed or abandoned")
            }
            state = .committed
        }
        defer { close(lock) }
        do throws(FileError) {
            guard renameat(lock, OutputMarker.stageName, lock, OutputMarker.name) == 0 else {
                throw FileError(path: shownPath(OutputMarker.name), reason: "cannot be written: \(SystemReason.last)")
            }
            // Readable by a web server from now on.
            guard fchmod(lock, 0o755) == 0 else {
                throw FileError(path: location.shown, reason: "cannot be made readable: \(SystemReason.last)")
            }
            try Durability.flush(lock, path: path, shown: location.shown)
            let old = try Swap.replace(location.path, with: path, shown: location.shown)
            try Durability.flushFolder(StaleStages.split(location.path).parent)
            if let old { OldOutput.remove(old) }
        } catch {
            try? FileTree.remove(path)
            throw error
        }
    }

    /// Deletes the stage and everything written to it; the output is
    /// untouched. Does nothing after `commit()` or a first `abandon()`.
    public func abandon() {
        let wasOpen = state.withLock { state in
            defer { if state == .open { state = .abandoned } }
            return state == .open
        }
        guard wasOpen else { return }
        try? FileTree.remove(path)
        if lock >= 0 { close(lock) }
    }

    /// The full path of a checked `relativePath`, its folders made.
    private func prepare(_ relativePath: String) throws(FileError) -> String {
        if let refusal = StagePath.refusal(relativePath) {
            throw FileError(path: relativePath, reason: "cannot be written into the output: the path \(refusal)")
        }
        if let folder = StagePath.folder(of: relativePath) {
            try makeFolder(folder)
        }
        return path + "/" + relativePath
    }

    /// Makes `folder` (relative to the stage) and its parents, once each.
    /// Two threads may race to make one folder: the loser sees `EEXIST` and
    /// checks that a real folder, not a link, is there.
    private func makeFolder(_ folder: String) throws(FileError) {
        if folders.withLock({ $0.contains(folder) }) { return }
        if let parent = StagePath.folder(of: folder) {
            try makeFolder(parent)
        }
        let full = path + "/" + folder
        if mkdir(full, 0o755) != 0 {
            guard errno == EEXIST else {
                throw FileError(path: shownPath(folder), reason: "cannot be created: \(SystemReason.last)")
            }
            guard FileTree.isFolder(full) else {
                throw FileError(path: shownPath(folder), reason: "is in the way: a file or a link, not a folder")
            }
        }
        folders.withLock { _ = $0.insert(folder) }
    }

    private func shownPath(_ relativePath: String) -> String {
        (location.shown.hasSuffix("/") ? location.shown : location.shown + "/") + relativePath
    }
}
