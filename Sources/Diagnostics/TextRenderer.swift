/// Writes a diagnostic as GNU-style text:
///
/// ```
/// content/news/2555/brainstorm.md:4:11: error: "bureaus" names an unknown bureau "ctx"
///     4 | bureaus: [ctx, fund]
///       |           ^~~
/// hint: known bureaus are cbd, ctt, fund, cpd (content/site.yaml:12)
/// ```
///
/// Notes (the chain of template includes) come as `note:` lines before the hint.
enum TextRenderer {
    static func render(_ diagnostic: Diagnostic) -> String {
        var location = diagnostic.path
        if let line = diagnostic.line {
            location += ":\(line)"
            if let column = diagnostic.column {
                location += ":\(column)"
            }
        }
        var text = "\(location): \(diagnostic.severity.rawValue): "
        if let code = diagnostic.code {
            text += "\(code): "
        }
        text += diagnostic.message + "\n"
        if let line = diagnostic.line, let source = diagnostic.sourceLine {
            text += excerpt(source, line: line, column: diagnostic.column, length: diagnostic.length)
        }
        for note in diagnostic.notes {
            text += "note: \(note)\n"
        }
        if let hint = diagnostic.hint {
            text += "hint: \(hint)\n"
        }
        return text
    }

    /// Scalars shown on each side of the caret when a line is too long to show whole.
    static let excerptReach = 60

    private static func excerpt(_ source: String, line: Int, column: Int?, length: Int) -> String {
        let number = String(line)
        let gutter = String(repeating: " ", count: max(5, number.count + 1))
        let numbered = String(gutter.dropLast(number.count)) + number
        var scalars = Array(source.unicodeScalars)
        var start = min(max((column ?? 1) - 1, 0), scalars.count)
        // A long line (minified HTML, a generated table) is cut to a window
        // around the caret, with … where it was cut.
        if scalars.count > excerptReach * 2 + 20 {
            let from = max(0, start - excerptReach)
            let to = min(scalars.count, start + max(length, 1) + excerptReach)
            let head: [Unicode.Scalar] = from > 0 ? ["…"] : []
            let tail: [Unicode.Scalar] = to < scalars.count ? ["…"] : []
            scalars = head + scalars[from..<to] + tail
            start = start - from + head.count
        }
        var shown = String.UnicodeScalarView()
        shown.append(contentsOf: scalars)
        var text = "\(numbered) | \(String(shown))\n"
        if column != nil {
            let end = min(start + max(length, 1), scalars.count)
            let indent = DisplayWidth.of(scalars[..<start])
            let underline = max(DisplayWidth.of(scalars[start..<end]), 1)
            text += "\(gutter) | " + String(repeating: " ", count: indent) + "^"
                + String(repeating: "~", count: underline - 1) + "\n"
        }
        return text
    }
}

/// How many terminal cells text takes: Thai vowels and tone marks above and
/// below take none, so a caret under Thai text must not count them.
enum DisplayWidth {
    static func of(_ scalars: some Sequence<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation {
            return 2
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
