/// The text inside HTML, for summaries, search and `strip_html`: a byte
/// scanner, not a parser, which is enough for HTML this tool wrote itself
/// (cmark's output) and never lets a tag through.
enum HTMLText {
    /// The text of `html`: tags and comments removed (with the contents of
    /// `<script>` and `<style>`), the common entities and numeric
    /// references decoded, block ends turned into spaces so words do not run together.
    static func strip(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var text = [UInt8]()
        text.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                index = skipTag(bytes, from: index, into: &text)
            } else if byte == UInt8(ascii: "&"), let (decoded, next) = entity(bytes, at: index) {
                text.append(contentsOf: decoded)
                index = next
            } else {
                text.append(byte)
                index += 1
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Skips the tag, comment or raw-text element at `start`; a tag that ends
    /// a block leaves a space behind.
    private static func skipTag(_ bytes: [UInt8], from start: Int, into text: inout [UInt8]) -> Int {
        if bytes[start...].starts(with: "<!--".utf8) {
            return find("-->".utf8, in: bytes, from: start + 4).map { $0 + 3 } ?? bytes.count
        }
        guard let close = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else { return bytes.count }
        let name = tagName(bytes, start + 1, close)
        if name == "script" || name == "style" {
            let end = Array("</\(name)".utf8)
            guard let found = find(end, in: bytes, from: close + 1, caseInsensitive: true),
                  let endClose = bytes[found...].firstIndex(of: UInt8(ascii: ">")) else { return bytes.count }
            return endClose + 1
        }
        if blockTags.contains(name), text.last.map({ $0 != 0x20 && $0 != 0x0A }) ?? false {
            text.append(0x20)
        }
        return close + 1
    }

    private static let blockTags: Set<String> = ["p", "/p", "br", "li", "/li", "h1", "h2", "h3", "h4", "h5", "h6", "/h1", "/h2", "/h3",
                                                 "/h4", "/h5", "/h6", "div", "/div", "blockquote", "/blockquote", "tr", "/tr", "td", "th"]

    /// The lower-cased name of the tag between `<` and `>` (`/p` for an end tag).
    private static func tagName(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        var name = [UInt8]()
        var index = start
        while index < end, bytes[index] == UInt8(ascii: "/") || (bytes[index] | 0x20) >= UInt8(ascii: "a") && (bytes[index] | 0x20) <= UInt8(ascii: "z")
            || (bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") && !name.isEmpty) {
            name.append(bytes[index] >= 0x41 && bytes[index] <= 0x5A ? bytes[index] | 0x20 : bytes[index])
            index += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    private static func find(_ needle: some Collection<UInt8>, in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
        let needle = Array(needle)
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            var matches = true
            for offset in 0..<needle.count {
                let byte = caseInsensitive && bytes[index + offset] >= 0x41 && bytes[index + offset] <= 0x5A ? bytes[index + offset] | 0x20 : bytes[index + offset]
                if byte != needle[offset] { matches = false; break }
            }
            if matches { return index }
            index += 1
        }
        return nil
    }

    /// The UTF-8 of the entity at `start` and the index after it.
    private static func entity(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
        guard let semicolon = bytes[start...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let name = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
        let scalar: Unicode.Scalar?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if name.hasPrefix("#") {
            scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        } else {
            scalar = namedEntities[name]
        }
        guard let scalar, scalar.value != 0 else { return nil }
        return (Array(String(scalar).utf8), semicolon + 1)
    }

    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "hellip": "\u{2026}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
    ]
}
