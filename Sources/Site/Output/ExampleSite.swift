import BundledFiles
import Content
import Foundation

/// The bundled example site as a real folder, for `--site` when the current
/// folder has no site: the build reads folders, and the example lives in
/// the binary (`Bundled.exampleSite`).
public enum ExampleSite {
    /// Writes `files` (paths relative to the site folder) into a folder of
    /// their own under `base` and returns its path. The folder is named
    /// after a hash of the files, so each version of khao has its own and a
    /// copy is reused, never stale: before reuse every file is compared with
    /// the bundled bytes (a temporary-file cleaner may have removed some),
    /// and a copy that differs is replaced. A new copy is written to a
    /// temporary folder and renamed into place, so a concurrent run sees
    /// the whole site or none.
    ///
    /// `base` defaults to `$TMPDIR/khao-UID` (or `/tmp/khao-UID`), which is
    /// made with mode 0700 and must be a real folder owned by the user with
    /// no access for others: another user must not be able to swap the site.
    public static func materialize(
        _ files: [BundledFile] = Bundled.exampleSite, under base: String = defaultBase()
    ) throws(FileError) -> String {
        try makePrivateFolder(base)
        let folder = base + "/example-" + ContentHash.of(files.map { ($0.path, $0.bytes) })
        if FileTree.isFolder(folder), matches(folder, files) { return folder }

        let fresh = try write(files, beside: folder)
        if rename(fresh, folder) == 0 { return folder }
        // Another run put a copy in place first, or a damaged copy is in the way.
        if FileTree.isFolder(folder), matches(folder, files) {
            try? FileTree.remove(fresh)
            return folder
        }
        let damaged = fresh + ".damaged"
        guard rename(folder, damaged) == 0 || errno == ENOENT, rename(fresh, folder) == 0 else {
            let reason = SystemReason.last
            try? FileTree.remove(fresh)
            throw FileError(path: folder, reason: "cannot be replaced: \(reason)")
        }
        try? FileTree.remove(damaged)
        return folder
    }

    /// `$TMPDIR/khao-UID`, or `/tmp/khao-UID` without `TMPDIR`.
    public static func defaultBase() -> String {
        var temporary = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        if temporary.isEmpty { temporary = "/tmp" }
        while temporary.count > 1, temporary.hasSuffix("/") { temporary.removeLast() }
        return temporary + "/khao-\(geteuid())"
    }

    private static func makePrivateFolder(_ base: String) throws(FileError) {
        if mkdir(base, 0o700) != 0, errno != EEXIST {
            throw FileError(path: base, reason: "cannot be created: \(SystemReason.last)")
        }
        var status = stat()
        guard lstat(base, &status) == 0, status.st_mode & S_IFMT == S_IFDIR,
              status.st_uid == geteuid(), status.st_mode & 0o077 == 0
        else {
            throw FileError(path: base, reason: "is not a private folder of yours (a real folder you own with mode 0700); delete it and run again")
        }
    }

    private static func matches(_ folder: String, _ files: [BundledFile]) -> Bool {
        files.allSatisfy { file in
            (try? SourceFiles.read(folder + "/" + file.path)) == file.bytes
        }
    }

    /// A new temporary folder beside `folder` holding `files`.
    private static func write(_ files: [BundledFile], beside folder: String) throws(FileError) -> String {
        var template = Array((folder + ".tmp-XXXXXX").utf8CString)
        guard let created = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw FileError(path: folder, reason: "cannot be created: \(SystemReason.last)")
        }
        let fresh = String(cString: created)
        do throws(FileError) {
            for file in files {
                if StagePath.refusal(file.path) != nil {
                    throw FileError(path: file.path, reason: "is not a path inside the site")
                }
                let target = fresh + "/" + file.path
                if let slash = target.lastIndex(of: "/") {
                    try FileTree.makeFolders(String(target[..<slash]))
                }
                try PosixFile.create(target, contents: file.bytes, shown: target)
            }
        } catch {
            try? FileTree.remove(fresh)
            throw error
        }
        return fresh
    }
}
