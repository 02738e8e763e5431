/// The URLs safe mode takes the link off: `javascript:`, `vbscript:`,
/// `file:` and `data:` (images may keep `data:image/png|gif|jpeg|webp`).
///
/// The scheme is read the way a browser reads it, not the way it is
/// written: leading spaces and control characters are skipped, tabs and
/// line breaks anywhere in it are ignored, letters are compared without
/// case, and percent-escapes are decoded (browsers do not, but a link that
/// only works undecoded is no loss), so `  Java&#x09;Script:`, `JAVASCRIPT:`
/// and `javascript%3a` are all caught. cmark has already decoded entities
/// and backslash escapes in the destination it hands over.
enum DangerousURL {
    static func isDangerous(_ url: UnsafeBufferPointer<UInt8>, image: Bool) -> Bool {
        var reader = SchemeReader(url)
        guard let scheme = reader.scheme() else { return false }
        switch scheme {
        case "javascript", "vbscript", "file": return true
        case "data": return !(image && reader.startsSafeImageType())
        default: return false
        }
    }
}

/// Reads a URL's scheme byte by byte, decoding percent-escapes as it goes.
private struct SchemeReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The lower-cased scheme before the first `:`, or nil when the URL has
    /// none (a relative URL, or a `:` after a character no scheme may hold).
    mutating func scheme() -> String? {
        var scheme = ""
        var leading = true
        while let byte = next() {
            if leading && byte <= 0x20 { continue }
            leading = false
            switch byte {
            case 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: ":"): return scheme
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): scheme.unicodeScalars.append(Unicode.Scalar(byte | 0x20))
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                scheme.unicodeScalars.append(Unicode.Scalar(byte))
            default: return nil
            }
            // No scheme we look for is longer than "javascript".
            if scheme.utf8.count > 10 { return nil }
        }
        return nil
    }

    /// After `data:`: whether the media type is one of the raster image
    /// types a browser will only ever draw (not SVG, which can hold script).
    mutating func startsSafeImageType() -> Bool {
        var mediaType = ""
        while let byte = next(), byte != UInt8(ascii: ";"), byte != UInt8(ascii: ",") {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            mediaType.unicodeScalars.append(Unicode.Scalar(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)))
            if mediaType.utf8.count > 10 { return false }
        }
        return ["image/png", "image/gif", "image/jpeg", "image/webp"].contains(mediaType)
    }

    private mutating func next() -> UInt8? {
        guard position < bytes.count else { return nil }
        let byte = bytes[position]
        position += 1
        if byte == UInt8(ascii: "%"), position + 1 < bytes.count,
           let high = hexValue(bytes[position]), let low = hexValue(bytes[position + 1]) {
            position += 2
            return high << 4 | low
        }
        return byte
    }

    private func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
