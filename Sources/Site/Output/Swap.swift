import Content
import FileSystemShim
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a new folder in place of the output in one step that a reader (a
/// web server) never sees half done.
enum Swap {
    /// Moves `stage` to `output`. When an output exists it is exchanged
    /// atomically (`renameat2` with `RENAME_EXCHANGE`); where the file system
    /// cannot exchange, the old output is renamed aside, the stage renamed
    /// in, and on failure the old one renamed back. Returns where the old
    /// output now is (to be deleted), nil when there was none.
    static func replace(_ output: String, with stage: String, shown: String) throws(FileError) -> String? {
        guard FileTree.exists(output) else {
            guard rename(stage, output) == 0 else { throw failure(shown) }
            return nil
        }
        if khao_rename_exchange(stage, output) == 0 { return stage }
        guard [ENOSYS, EINVAL, EOPNOTSUPP].contains(errno) else { throw failure(shown) }
        return try replaceInTwoSteps(output, with: stage, shown: shown)
    }

    private static func replaceInTwoSteps(_ output: String, with stage: String, shown: String) throws(FileError) -> String {
        let (parent, name) = StaleStages.split(output)
        let aside = parent + "/" + StaleStages.prefix(of: name) + "old-" + String(UInt32.random(in: .min ... .max), radix: 16)
        // Locked so that another run's clean-up cannot delete the old
        // output while it is aside and may still have to be put back.
        let oldLock = FileTree.openFolder(output)
        defer { if oldLock >= 0 { close(oldLock) } }
        if oldLock >= 0 { flock(oldLock, LOCK_EX) }
        guard rename(output, aside) == 0 else { throw failure(shown) }
        guard rename(stage, output) == 0 else {
            let error = failure(shown)
            rename(aside, output)
            throw error
        }
        return aside
    }

    private static func failure(_ shown: String) -> FileError {
        FileError(path: shown, reason: "cannot be replaced by the new build: \(SystemReason.last)")
    }
}
