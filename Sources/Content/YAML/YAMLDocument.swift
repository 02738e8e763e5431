import Diagnostics
import Yams

/// A YAML text of the site (site.yaml, a release's front matter, a plan),
/// parsed with its positions, so every problem can be shown at its value.
struct YAMLDocument {
    let path: String
    /// The YAML's own text, cut into lines only when a diagnostic shows one.
    let text: String
    /// Lines before the YAML in its file (the `---` of front matter), added
    /// to Yams' positions so messages name lines of the file.
    let lineOffset: Int
    let root: Node?

    /// Parses `text`; a text that is not YAML gives one error at its place.
    static func parse(_ text: String, path: String, lineOffset: Int = 0) -> (YAMLDocument?, [Diagnostic]) {
        do {
            // The basic resolver leaves every scalar as text: Khao reads
            // values itself (Thai dates, amounts with separators), and the
            // default resolver tries regular expressions on every scalar.
            // The encoding is given too: Yams otherwise reads the process
            // environment on every parse to choose one. Nodes are composed,
            // never constructed into values, so the constructor goes unused;
            // one is made once, as `Constructor.default` builds three tables per call.
            let root = try Yams.compose(yaml: text, .basic, unusedConstructor, .utf8)
            return (YAMLDocument(path: path, text: text, lineOffset: lineOffset, root: root), [])
        } catch let error as YamlError {
            return (nil, [diagnostic(for: error, path: path, lineOffset: lineOffset, lines: SourceLines(text))])
        } catch {
            return (nil, [.error("this YAML cannot be read", path: path, line: lineOffset + 1, column: 1, code: "yaml")])
        }
    }

    /// Immutable once made, so safe to share between the threads loading releases.
    private nonisolated(unsafe) static let unusedConstructor = Constructor([:], [:], [:])

    /// A diagnostic at `node`'s place.
    func diagnostic(_ severity: Diagnostic.Severity, _ message: String, at node: Node?, code: String, hint: String? = nil, length: Int? = nil) -> Diagnostic {
        let mark = node?.mark
        let line = (mark?.line ?? 1) + lineOffset
        let column = mark?.column ?? 1
        let width = length ?? node.flatMap { $0.scalar.map { max(1, $0.string.unicodeScalars.count) } } ?? 1
        return Diagnostic(severity, path: path, line: line, column: column, code: code, message: message, hint: hint,
                          sourceLine: SourceLines(text).line(line - lineOffset), length: width)
    }

    private static func diagnostic(for error: YamlError, path: String, lineOffset: Int, lines: SourceLines) -> Diagnostic {
        func at(_ mark: Mark, _ message: String, hint: String?, context: YamlError.Context? = nil) -> Diagnostic {
            let line = mark.line + lineOffset
            // libyaml notices an unclosed bracket or quote where the text
            // ends; the context says where the construct began.
            let notes = context.map { context -> [String] in
                let what = context.text.isEmpty ? "" : context.text + " "
                return ["\(what)(started at \(path):\(context.mark.line + lineOffset):\(context.mark.column))"]
            } ?? []
            return .error(message, path: path, line: line, column: mark.column, code: "yaml", hint: hint,
                          sourceLine: lines.line(mark.line), notes: notes)
        }
        let hint = "YAML is indentation and `key: value`; text with a colon followed by a space needs quotes: title: \"ข่าว: ชื่อเรื่อง\""
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml's own words for this one name its C function.
            if problem.hasPrefix("Maximum nesting level reached") {
                return at(mark, "lists and maps are nested too deeply here (more than 1,000 levels)",
                          hint: "front matter and plans need a level or two: look for a run of [ or {")
            }
            return at(mark, "this is not valid YAML: \(problem)", hint: hint, context: context)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return at(context.mark, "\(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) given more than once", hint: "keep one of them")
        default:
            return .error("this YAML cannot be read: \(error)", path: path, line: lineOffset + 1, column: 1, code: "yaml")
        }
    }
}
