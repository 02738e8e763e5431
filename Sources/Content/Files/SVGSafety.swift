/// Whether an SVG file under `content/` can run script.
///
/// The build copies attachments as they are, and an SVG is a document:
/// opened by its own address it runs its script with the site's origin
/// (quality.md, "Untrusted text stays text"). Drawing programs never need
/// script, so an SVG that has any is refused rather than cleaned.
public enum SVGSafety {
    /// What in `bytes` could run: `<script>`, an event attribute (`onload=`),
    /// `<foreignObject>` (HTML inside the drawing), or a link that is not
    /// to a part of the drawing or to an embedded picture. Nil when nothing.
    public static func script(in bytes: [UInt8]) -> String? {
        var scanner = Scanner(bytes: bytes)
        return scanner.firstScript()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var at = 0

        mutating func firstScript() -> String? {
            while at < bytes.count {
                if bytes[at] == UInt8(ascii: "<") {
                    at += 1
                    if let found = tag() { return found }
                } else {
                    at += 1
                }
            }
            return nil
        }

        /// Reads a tag from after its `<` to after its `>`.
        private mutating func tag() -> String? {
            let name = word()
            if name == "script" { return "a <script> element" }
            if name == "foreignobject" { return "a <foreignObject> element" }
            while at < bytes.count, bytes[at] != UInt8(ascii: ">") {
                guard isNameByte(bytes[at]) else {
                    at += 1
                    continue
                }
                let attribute = word()
                if attribute.hasPrefix("on") { return "an event attribute (\(attribute)=)" }
                skipSpaces()
                guard at < bytes.count, bytes[at] == UInt8(ascii: "=") else { continue }
                at += 1
                let value = attributeValue()
                if (attribute == "href" || attribute.hasSuffix(":href")) && !isSafeLink(value) {
                    return "a link to \"\(String(decoding: value.prefix(40), as: UTF8.self))\""
                }
            }
            return nil
        }

        /// A name, lowercased: letters, digits, `-`, `_`, `:` and `.`.
        private mutating func word() -> String {
            let start = at
            while at < bytes.count, isNameByte(bytes[at]) { at += 1 }
            return String(decoding: bytes[start..<at], as: UTF8.self).lowercased()
        }

        private func isNameByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."):
                true
            default:
                false
            }
        }

        private mutating func skipSpaces() {
            while at < bytes.count, bytes[at] <= 0x20 { at += 1 }
        }

        /// A quoted or bare value, without its quotes.
        private mutating func attributeValue() -> ArraySlice<UInt8> {
            skipSpaces()
            guard at < bytes.count else { return [] }
            let quote = bytes[at]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                at += 1
                let start = at
                while at < bytes.count, bytes[at] != quote { at += 1 }
                defer { at += 1 }
                return bytes[start..<min(at, bytes.count)]
            }
            let start = at
            while at < bytes.count, bytes[at] > 0x20, bytes[at] != UInt8(ascii: ">") { at += 1 }
            return bytes[start..<at]
        }

        /// A part of the drawing (`#id`) or a picture embedded as PNG, JPEG,
        /// GIF or WebP. Spaces and controls are dropped first, as browsers
        /// drop them from links (`java&#9;script:` aside, which the `&` refuses).
        private func isSafeLink(_ value: ArraySlice<UInt8>) -> Bool {
            let link = String(decoding: value.filter { $0 > 0x20 }, as: UTF8.self).lowercased()
            if link.contains("&") { return false }
            return link.hasPrefix("#") || ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"].contains { link.hasPrefix($0) }
        }
    }
}
