/// The encoding a source file was written in.
public enum SourceEncoding: String, Sendable, Equatable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    /// Windows code page 874, a superset of TIS-620: what Thai Excel exports.
    case windows874 = "Windows-874"
}

/// How the lines of a file ended before decoding turned them all into LF.
public enum LineEndings: String, Sendable, Equatable {
    /// LF only, or a single line.
    case lf
    /// CR LF, as Windows writes.
    case crlf
    /// A lone CR, as classic Mac OS wrote.
    case cr
    /// More than one kind in the same file.
    case mixed

    /// Finds the kind of line endings in `text` and returns the text with
    /// every CR LF and lone CR turned into LF.
    ///
    /// Text without a CR is returned as it is, without a copy.
    public static func normalize(_ text: String) -> (text: String, endings: LineEndings) {
        guard text.utf8Contains(0x0D) else {
            return (text, .lf)
        }
        var sawCRLF = false, sawCR = false, sawLF = false
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0A && previousWasCR {
                sawCRLF = true
                previousWasCR = false
                continue
            }
            if previousWasCR {
                sawCR = true
            }
            if byte == 0x0D {
                bytes.append(0x0A)
                previousWasCR = true
            } else {
                if byte == 0x0A { sawLF = true }
                bytes.append(byte)
                previousWasCR = false
            }
        }
        if previousWasCR {
            sawCR = true
        }
        let kinds = [sawCRLF, sawCR, sawLF].filter { $0 }.count
        let endings: LineEndings = kinds > 1 ? .mixed : (sawCRLF ? .crlf : .cr)
        return (String(decoding: bytes, as: UTF8.self), endings)
    }
}
