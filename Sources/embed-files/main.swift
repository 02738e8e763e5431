import Foundation

// embed-files OUTPUT THEME_FOLDER EXAMPLE_FOLDER
//
// Writes OUTPUT, Swift source for the BundledFiles module holding every
// file of THEME_FOLDER (paths relative to it) and EXAMPLE_FOLDER (paths
// starting with "content/", as in a site folder). Run by the EmbedFiles
// build-tool plugin; either folder may be missing or empty.

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: embed-files OUTPUT THEME_FOLDER EXAMPLE_FOLDER\n".utf8))
    exit(2)
}

func files(in folder: String, prefix: String) throws -> [GeneratedSource.File] {
    try FolderFiles.relativePaths(in: folder).map { path in
        GeneratedSource.File(path: prefix + path, bytes: try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)))
    }
}

do {
    let source = GeneratedSource.text(
        theme: try files(in: arguments[2], prefix: ""),
        exampleSite: try files(in: arguments[3], prefix: "content/")
    )
    let output = URL(fileURLWithPath: arguments[1])
    // Rewritten only when it changes: the tool also reruns when a folder's
    // timestamp moves for nothing, and a rewrite would recompile the module.
    if (try? Data(contentsOf: output)) != Data(source.utf8) {
        try Data(source.utf8).write(to: output)
    }
} catch {
    FileHandle.standardError.write(Data("embed-files: \(error)\n".utf8))
    exit(1)
}
