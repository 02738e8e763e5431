import Foundation

/// The files of one folder to embed: regular files only, ignored names (and
/// everything under an ignored folder) left out, links not followed (a link
/// in the repository could point anywhere on the builder's machine).
enum FolderFiles {
    /// Paths relative to `folder`, sorted by their UTF-8 bytes so that the
    /// generated source is the same whatever order the file system lists
    /// them in. A missing folder has no files.
    static func relativePaths(in folder: String) throws -> [String] {
        var found = [String]()
        try collect(folder: folder, prefix: "", into: &found)
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func collect(folder: String, prefix: String, into found: inout [String]) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !IgnoredNames.contains(name) {
            let path = folder + "/" + name
            let type = try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
            if type == .typeDirectory {
                try collect(folder: path, prefix: prefix + name + "/", into: &found)
            } else if type == .typeRegular {
                found.append(prefix + name)
            }
        }
    }
}
