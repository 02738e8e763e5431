// Measures the Thai stages on a corpus, in release mode:
//
//     swift run -c release thai-throughput /path/to/corpus/content
//
// Reads every Markdown file once, then times decoding, normalisation and
// word segmentation over all of them, each stage on all cores as the build
// runs it. A benchmark, not a test: speed is never checked by a timed test.
import Content
import Foundation
import Thai

let arguments = CommandLine.arguments.dropFirst()
guard let folder = arguments.first else {
    FileHandle.standardError.write(Data("usage: thai-throughput CONTENT-FOLDER\n".utf8))
    exit(2)
}

func measure<T>(_ label: String, bytes: Int, _ work: () -> T) -> T {
    let start = DispatchTime.now()
    let result = work()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let megabytes = Double(bytes) / 1_000_000
    print(String(format: "%-24@ %8.3f s  %8.1f MB/s", label as NSString, seconds, megabytes / seconds))
    return result
}

let paths = try SourceFiles.textFiles(under: folder).filter { $0.hasSuffix(".md") }
let files = measure("read", bytes: 0) { paths.map { (try? SourceFiles.read($0)) ?? [] } }
let total = files.reduce(0) { $0 + $1.count }
print("\(paths.count) files, \(total) bytes, \(ProcessInfo.processInfo.activeProcessorCount) cores")

let texts = measure("decode", bytes: total) {
    ParallelMap.map(files) { (try? SourceDecoder.decode($0).text) ?? "" }
}
let normalized = measure("normalise", bytes: total) {
    ParallelMap.map(texts) { ThaiNormalizer.normalize($0).text }
}
let words = measure("segment", bytes: total) {
    ParallelMap.map(normalized) { ThaiWords.count(in: $0) }
}
_ = measure("decode+normalise, 1 core", bytes: total) {
    files.map { ThaiNormalizer.normalize((try? SourceDecoder.decode($0).text) ?? "").findings.count }
}
_ = measure("segment, 1 core", bytes: total) {
    normalized.map { ThaiWords.count(in: $0) }
}
print("\(words.reduce(0, +)) words")
