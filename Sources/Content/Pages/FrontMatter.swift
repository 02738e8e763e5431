import Diagnostics

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
        // Lines are found by bytes, and only up to the closing fence: the
        // body can be long, and splitting it by Character is slow.
        let utf8 = text.utf8
        func lineEnd(from start: String.Index) -> String.Index {
            utf8[start...].firstIndex(of: 0x0A) ?? text.endIndex
        }
        func isFence(_ line: Substring, closing: Bool) -> Bool {
            var bytes = line.utf8[...]
            while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
            return bytes.elementsEqual("---".utf8) || (closing && bytes.elementsEqual("...".utf8))
        }
        let firstEnd = lineEnd(from: text.startIndex)
        let first = text[text.startIndex..<firstEnd]
        guard isFence(first, closing: false) else {
            return (FrontMatter(yaml: "", yamlLineOffset: 0, body: text[...], bodyLine: 1, hasFrontMatter: false), [])
        }
        var lineStart = firstEnd < text.endIndex ? utf8.index(after: firstEnd) : text.endIndex
        let yamlStart = lineStart
        var lineNumber = 2
        while lineStart < text.endIndex {
            let end = lineEnd(from: lineStart)
            if isFence(text[lineStart..<end], closing: true) {
                let yaml = String(text[yamlStart..<lineStart].utf8.dropLast()) ?? ""
                let bodyStart = end < text.endIndex ? utf8.index(after: end) : text.endIndex
                return (FrontMatter(yaml: yaml, yamlLineOffset: 1, body: text[bodyStart...], bodyLine: lineNumber + 1, hasFrontMatter: true), [])
            }
            lineStart = end < text.endIndex ? utf8.index(after: end) : text.endIndex
            lineNumber += 1
        }
        return (nil, [.error("the front matter opened here is never closed with ---", path: path, line: 1, column: 1,
                             code: "front-matter", hint: "add a line with only --- after the last field", sourceLine: String(first), length: 3)])
    }
}
