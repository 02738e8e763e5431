import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Markdown source cut into its YAML front matter and its body.
///
/// ```
/// ---                ← line 1 opens the front matter
/// title: ข่าว
/// ---                ← closes it
/// Body…              ← the body starts on the next line
/// ```
struct FrontMatter {
    /// The YAML between the fences; empty when the file has none.
    let yaml: String
    /// Lines before the YAML (the opening fence), to turn YAML lines into file lines.
    let yamlLineOffset: Int
    let body: Substring
    /// The file line the body starts on.
    let bodyLine: Int
    let hasFrontMatter: Bool

    /// Cuts `text`; a front matter that is opened and never closed is an
    /// error at the opening fence.
    static func split(_ text: String, path: String) -> (FrontMatter?, [Diagnostic]) {
        var text = text
        text.makeContiguousUTF8()
        // Lines are found by bytes, and only up to the closing fence: the
        // body can be long, and walking a String by Character is slow.
        let fences = text.utf8.withContiguousStorageIfAvailable(Fences.init) ?? Fences(UnsafeBufferPointer(start: nil, count: 0))
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        guard fences.opened else {
            return (FrontMatter(yaml: "", yamlLineOffset: 0, body: text[...], bodyLine: 1, hasFrontMatter: false), [])
        }
        guard let closing = fences.closing else {
            return (nil, [.error("the front matter opened here is never closed with ---", path: path, line: 1, column: 1,
                                 code: "front-matter", hint: "add a line with only --- after the last field",
                                 sourceLine: String(text[..<index(fences.firstLineEnd)]), length: 3)])
        }
        let yaml = String(text[index(closing.yamlStart)..<index(closing.yamlEnd)])
        return (FrontMatter(yaml: yaml, yamlLineOffset: 1, body: text[index(closing.bodyStart)...], bodyLine: closing.bodyLine,
                            hasFrontMatter: true), [])
    }
}

/// Where the `---` fences of a text are, in UTF-8 offsets.
private struct Fences {
    /// The first line is `---`.
    var opened = false
    /// The end of the first line (its line feed, or the end of the text).
    var firstLineEnd = 0
    /// Set when a closing `---` (or `...`) line was found.
    var closing: (yamlStart: Int, yamlEnd: Int, bodyStart: Int, bodyLine: Int)?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        func lineEnd(from start: Int) -> Int {
            guard start < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        func isFence(_ start: Int, _ end: Int, closing: Bool) -> Bool {
            var end = end
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            guard end - start == 3 else { return false }
            let fence = (bytes[start], bytes[start + 1], bytes[start + 2])
            return fence == (0x2D, 0x2D, 0x2D) || (closing && fence == (0x2E, 0x2E, 0x2E))
        }
        firstLineEnd = lineEnd(from: 0)
        opened = isFence(0, firstLineEnd, closing: false)
        guard opened else { return }
        let yamlStart = min(firstLineEnd + 1, bytes.count)
        var lineStart = yamlStart
        var lineNumber = 2
        while lineStart < bytes.count {
            let end = lineEnd(from: lineStart)
            if isFence(lineStart, end, closing: true) {
                // The YAML ends before the line feed that ends its last line.
                closing = (yamlStart, max(yamlStart, lineStart - 1), min(end + 1, bytes.count), lineNumber + 1)
                return
            }
            lineStart = end + 1
            lineNumber += 1
        }
    }
}
