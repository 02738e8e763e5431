#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stages left beside the output by runs that were killed, and old outputs
/// a run was killed before deleting. Each is named `.NAME.khao-new-RANDOM`,
/// so it is never mistaken for the output, and is deleted by the next run
/// only when all of these hold: it is a real folder (not a link) owned by
/// this user, it carries khao's stage or output marker (khao deletes only
/// what it made), and no live run holds its lock (a run keeps its stage
/// locked with `flock` until it ends, and the kernel drops the lock of a
/// killed process), so two builds at once never delete each other's work.
enum StaleStages {
    /// The name prefix of the stages of the output `name`.
    static func prefix(of name: String) -> String {
        ".\(name).khao-new-"
    }

    /// Deletes the stale stages beside the output `output` (a real path).
    /// Best effort: one that cannot be deleted is left for a later run.
    static func remove(beside output: String) {
        let (parent, name) = split(output)
        let prefix = prefix(of: name)
        for entry in FileTree.names(in: parent) ?? [] where entry.hasPrefix(prefix) {
            let path = parent + "/" + entry
            let descriptor = FileTree.openFolder(path)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, status.st_uid == geteuid(),
                  flock(descriptor, LOCK_EX | LOCK_NB) == 0,
                  hasMarker(descriptor)
            else { continue }
            try? FileTree.remove(path)
        }
    }

    private static func hasMarker(_ folder: Int32) -> Bool {
        var status = stat()
        return fstatat(folder, OutputMarker.stageName, &status, AT_SYMLINK_NOFOLLOW) == 0
            || fstatat(folder, OutputMarker.name, &status, AT_SYMLINK_NOFOLLOW) == 0
    }

    /// The parent folder and the last name of a real path.
    static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = String(path[..<slash])
        return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
    }
}
