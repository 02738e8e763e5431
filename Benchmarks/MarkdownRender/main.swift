// Measures Markdown rendering on a corpus, in release mode:
//
//     swift build -c release --product markdown-render
//     .build/release/markdown-render /path/to/corpus/content
//
// Reads every .md file once, cuts its front matter naively (everything up to
// the second `---` line), then renders all bodies on all cores: with
// Markdown.render (links resolved, kept), with cmark's own parse +
// cmark_render_html (the floor it is compared with), and with the same made
// a Swift String (what the site would pay to use cmark's HTML: Swift checks
// the UTF-8 of every String it makes). A benchmark, not a test.
import CCmark
import Content
import Foundation
import Markdown

let arguments = CommandLine.arguments.dropFirst()
guard let folder = arguments.first else {
    FileHandle.standardError.write(Data("usage: markdown-render CONTENT-FOLDER\n".utf8))
    exit(2)
}

/// The text after the front matter's closing `---` line, or all of it.
func body(of bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    guard text.hasPrefix("---\n"), let close = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) else {
        return text
    }
    return String(text[close.upperBound...])
}

func measure<T>(_ label: String, bytes: Int, _ work: () -> T) -> (T, Double) {
    let start = DispatchTime.now()
    let result = work()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    print(String(format: "%-28@ %8.3f s  %8.1f MB/s", label as NSString, seconds, Double(bytes) / 1e6 / seconds))
    return (result, seconds)
}

let paths = try SourceFiles.textFiles(under: folder).filter { $0.hasSuffix(".md") }
let bodies = paths.map { body(of: (try? SourceFiles.read($0)) ?? []) }
let total = bodies.reduce(0) { $0 + $1.utf8.count }
print("\(paths.count) bodies, \(total) bytes, \(ProcessInfo.processInfo.activeProcessorCount) cores")

enum Cmark {
    /// cmark's HTML for `text`, handed to `use` as a C string.
    static func html<T>(_ text: String, _ use: (UnsafeMutablePointer<CChar>) -> T) -> T? {
        var text = text
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                guard let html = cmark_markdown_to_html(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT) else { return nil }
                defer { free(html) }
                return use(html)
            }
        }
    }
}

// Each is run twice and the second run counted: the first warms the caches and the allocator.
var ours = 0.0, theirs = 0.0, theirsAsString = 0.0, outputBytes = 0
for round in 1...2 {
    let (lengths, oursSeconds) = measure("Markdown.render", bytes: total) {
        ParallelMap.map(bodies) { text in
            Markdown.render(text, firstLine: 10) { _ in .keep }.html.utf8.count
        }
    }
    let (_, theirsSeconds) = measure("cmark parse + render_html", bytes: total) {
        ParallelMap.map(bodies) { text in Cmark.html(text) { strlen($0) } ?? 0 }
    }
    let (_, stringSeconds) = measure("cmark, made a String", bytes: total) {
        ParallelMap.map(bodies) { text in Cmark.html(text) { String(cString: $0).utf8.count } ?? 0 }
    }
    if round == 2 {
        ours = oursSeconds
        theirs = theirsSeconds
        theirsAsString = stringSeconds
        outputBytes = lengths.reduce(0, +)
    }
}
print("\(outputBytes) bytes of HTML; Markdown.render takes " + String(
    format: "%.2f× cmark's time, %.2f× cmark's made a String", ours / theirs, ours / theirsAsString))
