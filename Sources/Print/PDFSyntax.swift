/// A reader of PDF syntax at a position in a file's bytes: white space and
/// comments, keywords, integers and whole objects (ISO 32000-1, 7.2–7.3).
struct PDFSyntax {
    let bytes: [UInt8]
    var position: Int

    /// Objects nest no deeper than this: a damaged file must give an error,
    /// not overflow the stack.
    private static let maximumDepth = 64

    init(_ bytes: [UInt8], at position: Int) {
        self.bytes = bytes
        self.position = position
    }

    /// Moves past white space and `%` comments.
    mutating func skipWhiteSpace() {
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isWhiteSpace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// The run of regular characters next (a keyword or a number), empty at a delimiter.
    mutating func token() -> [UInt8] {
        skipWhiteSpace()
        let start = position
        while position < bytes.count, Self.isRegular(bytes[position]) { position += 1 }
        return Array(bytes[start..<position])
    }

    /// Reads keyword `word` (`obj`, `xref`, `trailer`).
    mutating func expect(_ word: String) throws(PDFError) {
        let at = position
        guard token() == Array(word.utf8) else { throw PDFError("expected `\(word)` at byte \(at)") }
    }

    /// Reads a non-negative integer: an object number, a generation, an offset.
    mutating func integer() throws(PDFError) -> Int {
        let at = position
        guard let value = Self.integer(token()) else { throw PDFError("expected a number at byte \(at)") }
        return value
    }

    /// Reads one object: `12 0 R` is read as a reference, not as two numbers.
    mutating func object() throws(PDFError) -> PDFObject {
        try object(depth: 0)
    }

    private mutating func object(depth: Int) throws(PDFError) -> PDFObject {
        skipWhiteSpace()
        guard depth < Self.maximumDepth else { throw PDFError("objects nested too deep at byte \(position)") }
        guard position < bytes.count else { throw PDFError("the file ends inside an object") }
        switch bytes[position] {
        case UInt8(ascii: "/"):
            return .name(name())
        case UInt8(ascii: "<") where next == UInt8(ascii: "<"):
            position += 2
            var entries: [String: PDFObject] = [:]
            while true {
                skipWhiteSpace()
                if bytes[position...].starts(with: [UInt8(ascii: ">"), UInt8(ascii: ">")]) {
                    position += 2
                    return .dictionary(entries)
                }
                guard position < bytes.count, bytes[position] == UInt8(ascii: "/") else {
                    throw PDFError("expected a name as a dictionary key at byte \(position)")
                }
                let key = String(decoding: name(), as: UTF8.self)
                entries[key] = try object(depth: depth + 1)
            }
        case UInt8(ascii: "<"):
            return .string(try hexString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFObject] = []
            while true {
                skipWhiteSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                items.append(try object(depth: depth + 1))
            }
        case UInt8(ascii: "("):
            return .string(try literalString())
        default:
            return try simpleObject()
        }
    }

    /// A number, a reference, `true`, `false` or `null`.
    private mutating func simpleObject() throws(PDFError) -> PDFObject {
        let at = position
        let word = token()
        switch String(decoding: word, as: UTF8.self) {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "null": return .null
        default: break
        }
        if let number = Self.integer(word) {
            let afterNumber = position
            if let generation = Self.integer(token()), token() == [UInt8(ascii: "R")] {
                return .reference(number: number, generation: generation)
            }
            position = afterNumber
            return .number(Double(number))
        }
        guard !word.isEmpty, let number = Double(String(decoding: word, as: UTF8.self)) else {
            throw PDFError("unexpected `\(String(decoding: word.prefix(20), as: UTF8.self))` at byte \(at)")
        }
        return .number(number)
    }

    /// A name's bytes after the `/`, with `#xx` escapes decoded (7.3.5).
    private mutating func name() -> [UInt8] {
        position += 1
        var name: [UInt8] = []
        while position < bytes.count, Self.isRegular(bytes[position]) {
            if bytes[position] == UInt8(ascii: "#"), position + 2 < bytes.count,
               let high = Self.hexValue(bytes[position + 1]), let low = Self.hexValue(bytes[position + 2]) {
                name.append(high << 4 | low)
                position += 3
            } else {
                name.append(bytes[position])
                position += 1
            }
        }
        return name
    }

    /// `<48656C6C6F>`: pairs of hex digits, white space ignored, a missing last digit 0 (7.3.4.3).
    private mutating func hexString() throws(PDFError) -> [UInt8] {
        let at = position
        position += 1
        var digits: [UInt8] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
            if let digit = Self.hexValue(bytes[position]) {
                digits.append(digit)
            } else if !Self.isWhiteSpace(bytes[position]) {
                throw PDFError("a hex string holds a byte that is not a hex digit at byte \(position)")
            }
            position += 1
        }
        guard position < bytes.count else { throw PDFError("a hex string starting at byte \(at) does not end") }
        position += 1
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    /// `(text)`: balanced parentheses, backslash escapes and octal codes (7.3.4.2).
    private mutating func literalString() throws(PDFError) -> [UInt8] {
        let at = position
        position += 1
        var text: [UInt8] = []
        var open = 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                open += 1
            case UInt8(ascii: ")"):
                open -= 1
                if open == 0 { return text }
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                text.append(contentsOf: escape())
                continue
            default:
                break
            }
            text.append(byte)
        }
        throw PDFError("a string starting at byte \(at) does not end")
    }

    /// The bytes a backslash escape in a literal string stands for; the backslash is read.
    private mutating func escape() -> [UInt8] {
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "n"): return [0x0A]
        case UInt8(ascii: "r"): return [0x0D]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "b"): return [0x08]
        case UInt8(ascii: "f"): return [0x0C]
        case 0x0D:
            if position < bytes.count, bytes[position] == 0x0A { position += 1 }
            return []
        case 0x0A:
            return []
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var value = Int(byte - UInt8(ascii: "0"))
            for _ in 0..<2 {
                guard position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position]) else { break }
                value = value * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
            }
            return [UInt8(truncatingIfNeeded: value)]
        default:
            return [byte]
        }
    }

    private var next: UInt8? {
        position + 1 < bytes.count ? bytes[position + 1] : nil
    }

    private static func integer(_ token: [UInt8]) -> Int? {
        guard !token.isEmpty, token.count < 16, token.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return token.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    /// Neither white space nor one of the delimiters `()<>[]{}/%`.
    private static func isRegular(_ byte: UInt8) -> Bool {
        if isWhiteSpace(byte) { return false }
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "/"), UInt8(ascii: "%"):
            return false
        default:
            return true
        }
    }
}
