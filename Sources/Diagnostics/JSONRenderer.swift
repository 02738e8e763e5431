/// Writes a diagnostic as one line of JSON:
/// `{"severity":"error","path":"…","line":4,"column":11,"code":null,"message":"…","hint":"…","notes":[]}`.
///
/// Written by hand so the key order is fixed and the output byte-stable.
enum JSONRenderer {
    static func render(_ diagnostic: Diagnostic) -> String {
        let fields: [(String, String)] = [
            ("severity", string(diagnostic.severity.rawValue)),
            ("path", string(diagnostic.path)),
            ("line", diagnostic.line.map(String.init) ?? "null"),
            ("column", diagnostic.column.map(String.init) ?? "null"),
            ("code", diagnostic.code.map(string) ?? "null"),
            ("message", string(diagnostic.message)),
            ("hint", diagnostic.hint.map(string) ?? "null"),
            ("notes", "[" + diagnostic.notes.map(string).joined(separator: ",") + "]"),
        ]
        return "{" + fields.map { "\"\($0)\":\($1)" }.joined(separator: ",") + "}\n"
    }

    /// A JSON string literal; everything outside ASCII stays as UTF-8.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
