/// Text written as a YAML scalar that reads back as exactly that text.
///
/// A title is written plain, as people write front matter by hand, when
/// plain is safe; otherwise it is double-quoted with escapes. "Safe" is
/// decided conservatively: a title that YAML would read as something else
/// (`null`, `yes`, `2556`, `1.5`), or that starts with an indicator (`-`,
/// `#`, `{`, `*`, `!` …), or holds `: `, ` #`, `"` or `'`, or spaces at
/// either end, or any control character, is quoted. Quoting more than needed costs
/// nothing; quoting less makes a file that does not load.
///
/// ```swift
/// YAMLScalar.text("ระดมสมอง 4 หน่วยงาน")    // ระดมสมอง 4 หน่วยงาน
/// YAMLScalar.text("CPD: แผนปี 2556")        // "CPD: แผนปี 2556"
/// YAMLScalar.text("a, b", in: .flow)        // "a, b"   (inside [ … ])
/// ```
public enum YAMLScalar {
    /// Where the scalar is written: a block value (`title: …`) or an item
    /// of a flow list (`tags: [a, b]`), where `,[]{}` also end a plain scalar.
    public enum Context: Sendable {
        case block
        case flow
    }

    /// `text` plain when that is safe in `context`, else double-quoted.
    public static func text(_ text: String, in context: Context = .block) -> String {
        isPlainSafe(text, in: context) ? text : doubleQuoted(text)
    }

    /// `text` double-quoted: `\` and `"` escaped, and every character YAML
    /// does not allow as it is (controls, line and paragraph separators, the
    /// byte order mark) written as an escape, so the value is one line.
    public static func doubleQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            case "\0": quoted += "\\0"
            case "\u{85}": quoted += "\\N"
            case "\u{2028}": quoted += "\\L"
            case "\u{2029}": quoted += "\\P"
            default:
                if isControl(scalar) || scalar.value == 0xFEFF || (0xFFFE...0xFFFF).contains(scalar.value) {
                    quoted += scalar.value <= 0xFF ? "\\x" + hex(scalar.value, 2) : "\\u" + hex(scalar.value, 4)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    /// Words YAML 1.1 and 1.2 read as null, booleans, or a merge or value key.
    private static let reservedWords: Set<String> = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", "<<", "=",
    ]

    /// Characters that cannot start a plain scalar (YAML 1.2 c-indicator),
    /// with `.` and `+` (`.inf`, `+1`, `...`) and space.
    private static let badFirst: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", ".", "+", " ",
    ]

    private static func isPlainSafe(_ text: String, in context: Context) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        if badFirst.contains(first) || last == " " || last == ":" { return false }
        if reservedWords.contains(text.lowercased()) { return false }
        // Numbers, dates and times (`2556`, `0x1F`, `2012-09-20`, `10:00`)
        // are all ASCII and start with a digit; a Thai title that starts
        // with a year (`2556 ปีแห่งสหกรณ์`) is plain text.
        if ("0"..."9").contains(first) && text.utf8.allSatisfy({ $0 < 0x80 }) { return false }
        for (index, scalar) in scalars.enumerated() {
            if isControl(scalar) || scalar == "\t" || scalar.value == 0xFEFF || scalar.value == 0x2028 || scalar.value == 0x2029 || (0xFFFE...0xFFFF).contains(scalar.value) {
                return false
            }
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar == ":" && (next == " " || context == .flow) { return false }
            if scalar == "#" && index > 0 && scalars[index - 1] == " " { return false }
            // Plain would be valid after the first character, but a quote
            // inside a plain title reads as a mistake to people and to
            // hand-written readers of front matter.
            if scalar == "\"" || scalar == "'" { return false }
            if context == .flow && [",", "[", "]", "{", "}"].contains(scalar) { return false }
        }
        return true
    }

    /// C0 and C1 controls and DEL: never written as they are.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func hex(_ value: UInt32, _ width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
