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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingWhitespace == "---" else {
            return (FrontMatter(yaml: "", yamlLineOffset: 0, body: text[...], bodyLine: 1, hasFrontMatter: false), [])
        }
        guard let closing = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingWhitespace == "---" || $0.trimmingTrailingWhitespace == "..." }) else {
            return (nil, [.error("the front matter opened here is never closed with ---", path: path, line: 1, column: 1,
                                 code: "front-matter", hint: "add a line with only --- after the last field", sourceLine: String(first), length: 3)])
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let bodyStart = closing + 1
        let body: Substring
        if bodyStart < lines.count {
            let start = lines[bodyStart].startIndex
            body = text[start...]
        } else {
            body = ""
        }
        return (FrontMatter(yaml: yaml, yamlLineOffset: 1, body: body, bodyLine: bodyStart + 1, hasFrontMatter: true), [])
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
