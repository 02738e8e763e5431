import Foundation

// bench-corpus: writes a site of N generated Thai press releases, with the
// example's site.yaml, pages and FY plan, for scripts/bench to build.
// Release i comes from its own dice seeded by (seed, i): a seed always
// writes the same bytes, and the first N releases of a larger corpus are a
// corpus of N. See Options.usage.

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("bench-corpus: \(message)\n".utf8))
    exit(status)
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
    print(Options.usage)
    exit(0)
}
if arguments == ["--version"] {
    print(CorpusManifest.generatorVersion)
    exit(0)
}
do {
    let options = try Options(arguments)
    let manifest = try Corpus(options: options).write()
    FileHandle.standardError.write(Data("""
        bench-corpus: \(manifest.count) releases (\(manifest.planLinked) linking the plan, \(manifest.withPhoto) with a photo), \
        \(manifest.files) files, \(manifest.bytes) bytes → \(options.output.path)\n
        """.utf8))
} catch let error as UsageError {
    fail("\(error.message)\n\(Options.usage)", status: 2)
} catch let error as CorpusError {
    fail(error.message, status: 1)
} catch {
    fail("\(error.localizedDescription)", status: 1)
}
