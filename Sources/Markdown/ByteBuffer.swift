/// The one growing buffer a document's HTML (or plain text) is written into,
/// with the escapes of cmark's HTML renderer, so that output built here is
/// byte for byte what `cmark_render_html` would write.
struct ByteBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { bytes.isEmpty }
    var count: Int { bytes.count }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: run)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(decimal value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Starts a new line unless the buffer is empty or already at one
    /// (cmark's `cr`): block tags each begin on a line of their own.
    mutating func newlineUnlessAtLineStart() {
        if let last = bytes.last, last != UInt8(ascii: "\n") {
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Text or attribute value: `& < > "` become entities, as cmark's
    /// `houdini_escape_html0(…, secure: 0)` does (`'` and `/` stay).
    mutating func appendEscapingHTML(_ source: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in source.indices {
            let replacement: StaticString
            switch source[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            default: continue
            }
            append(UnsafeBufferPointer(rebasing: source[runStart..<index]))
            append(replacement)
            runStart = index + 1
        }
        append(UnsafeBufferPointer(rebasing: source[runStart...]))
    }

    mutating func appendEscapingHTML(_ text: String) {
        var text = text
        text.withUTF8 { appendEscapingHTML($0) }
    }

    /// A URL in `href`/`src`: what cmark's `houdini_escape_href` does. Bytes
    /// that are safe in a URL stay, `&` and `'` become entities, everything
    /// else (spaces, quotes, brackets, non-ASCII) is percent-encoded.
    mutating func appendEscapingHref(_ source: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in source.indices {
            let byte = source[index]
            if Self.isSafeInHref(byte) { continue }
            append(UnsafeBufferPointer(rebasing: source[runStart..<index]))
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "'"): append("&#x27;")
            default:
                append(UInt8(ascii: "%"))
                append(Self.hexDigits[Int(byte >> 4)])
                append(Self.hexDigits[Int(byte & 0xF)])
            }
            runStart = index + 1
        }
        append(UnsafeBufferPointer(rebasing: source[runStart...]))
    }

    mutating func appendEscapingHref(_ text: String) {
        var text = text
        text.withUTF8 { appendEscapingHref($0) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// cmark 0.30.2's HREF_SAFE table: letters, digits and `-_.+!*(),%#@?=;:/$~`.
    private static func isSafeInHref(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "!"),
             UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "%"),
             UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: ";"),
             UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "$"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// The buffer as a String (valid UTF-8 in, since cmark replaces invalid input).
    func string() -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
