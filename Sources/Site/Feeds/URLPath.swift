/// Site paths as they travel in URLs: Thai and other non-ASCII text as the
/// percent-encoded UTF-8 bytes a browser sends (layout.md: "Tags keep Thai
/// in the URL, percent-encoded on the wire").
///
/// ```swift
/// URLPath.percentEncoded("/tags/สหกรณ์/")   // "/tags/%E0%B8%AA%E0%B8%AB%E0%B8%81%E0%B8%A3%E0%B8%93%E0%B9%8C/"
/// URLPath.percentEncoded("/news/2555/a b/") // "/news/2555/a%20b/"
/// ```
public enum URLPath {
    /// `path` with every byte except `/` and RFC 3986's unreserved ASCII
    /// (`A–Z a–z 0–9 - . _ ~`) written as `%XX` (upper-case hex).
    ///
    /// The input is a path as the site names it, never already encoded: a
    /// `%` is itself encoded (`%25`), so encoding twice is visible rather
    /// than silently ambiguous.
    public static func percentEncoded(_ path: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            if isKept(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The absolute URL of a site `path` under `base` (the site's
    /// `base_url`), percent-encoded: one `/` where they meet, whatever
    /// either side brings.
    ///
    /// ```swift
    /// URLPath.absolute("/tags/ข่าว/", base: "https://www.cpd.go.th/")
    /// // "https://www.cpd.go.th/tags/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/"
    /// URLPath.absolute("feed.xml", base: "https://example.org/khao")
    /// // "https://example.org/khao/feed.xml"
    /// ```
    public static func absolute(_ path: String, base: String) -> String {
        let trimmedBase = base.hasSuffix("/") ? String(base.dropLast()) : base
        let encoded = percentEncoded(path)
        return encoded.hasPrefix("/") ? trimmedBase + encoded : trimmedBase + "/" + encoded
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
