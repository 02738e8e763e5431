/// Text and attribute values written into XML 1.0, correct for any input.
///
/// XML 1.0 has no way at all to carry most C0 control characters (U+0000–
/// U+0008, U+000B, U+000C, U+000E–U+001F) or U+FFFE/U+FFFF, not even as
/// character references, so they are dropped: a stray control character
/// pasted from a word processor must not make a feed unreadable. Tabs,
/// line feeds and carriage returns are kept; where an XML parser would
/// otherwise normalise them away (a carriage return anywhere, whitespace in
/// attribute values) they are written as character references, so the
/// parsed value equals the input.
enum XMLText {
    /// Appends `text` as element content: `&`, `<`, `>` escaped.
    static func appendText(_ text: String, to output: inout [UInt8]) {
        append(text, to: &output, inAttribute: false)
    }

    /// Appends `text` as a value inside `"…"`: also `"` escaped, and tab
    /// and line feed as references, which attribute normalisation would
    /// turn into spaces.
    static func appendAttribute(_ text: String, to output: inout [UInt8]) {
        append(text, to: &output, inAttribute: true)
    }

    /// Appends `text` as one or more CDATA sections. `]]>` cannot appear
    /// inside a section, so it is split across two (`]]` ends one, `>`
    /// starts the next); a carriage return, which parsers turn into a line
    /// feed even in CDATA, is written between sections as `&#13;`.
    static func appendCDATA(_ text: String, to output: inout [UInt8]) {
        // Dropped first, so that a dropped character cannot join `]]` and `>`.
        let bytes = allowedBytes(of: text)
        output.append(contentsOf: "<![CDATA[".utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "]"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "]"), bytes[index + 2] == UInt8(ascii: ">") {
                output.append(contentsOf: "]]]]><![CDATA[>".utf8)
                index += 3
            } else {
                if byte == 0x0D {
                    output.append(contentsOf: "]]>&#13;<![CDATA[".utf8)
                } else {
                    output.append(byte)
                }
                index += 1
            }
        }
        output.append(contentsOf: "]]>".utf8)
    }

    private static func append(_ text: String, to output: inout [UInt8], inAttribute: Bool) {
        for byte in allowedBytes(of: text) {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            // Needed in text only after `]]`; always escaping is simpler to trust.
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where inAttribute: output.append(contentsOf: "&quot;".utf8)
            case 0x0D: output.append(contentsOf: "&#13;".utf8)
            case 0x0A where inAttribute: output.append(contentsOf: "&#10;".utf8)
            case 0x09 where inAttribute: output.append(contentsOf: "&#9;".utf8)
            default: output.append(byte)
            }
        }
    }

    /// The UTF-8 of `text` without the characters XML 1.0 forbids.
    static func allowedBytes(of text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let skipped = forbiddenLength(bytes, at: index)
            if skipped > 0 {
                index += skipped
            } else {
                kept.append(bytes[index])
                index += 1
            }
        }
        return kept
    }

    /// The number of bytes of a character XML 1.0 forbids starting at
    /// `index`, or 0 for an allowed one. Swift strings hold valid UTF-8, so
    /// surrogates cannot occur; U+FFFE and U+FFFF are `EF BF BE`/`EF BF BF`.
    private static func forbiddenLength(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x20 {
            return byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0 : 1
        }
        if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
            return 3
        }
        return 0
    }
}
