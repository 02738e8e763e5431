/// An absolute page URL, taken apart for resolving the references in that
/// page's HTML as a browser would (RFC 3986, section 5.2), so that the page's
/// content reads the same in a feed reader, which has no page to resolve
/// against.
///
/// ```swift
/// let base = LinkBase(pageURL: "https://www.cpd.go.th/news/2555/a/")
/// base.prefix(for: Array("/tags/x/".utf8))   // "https://www.cpd.go.th"
/// base.prefix(for: Array("photo.jpg".utf8))  // "https://www.cpd.go.th/news/2555/a/"
/// base.prefix(for: Array("//cdn.example/x".utf8))   // nil: protocol-relative stays
/// base.prefix(for: Array("mailto:pr@cpd.go.th".utf8)) // nil: already absolute
/// ```
/// Dot segments (`../x`) are not removed: `https://host/a/../x` is a valid
/// absolute URL that every client resolves.
struct LinkBase {
    /// `https://www.cpd.go.th`: for `/path`.
    private let origin: [UInt8]
    /// The page's URL up to its last `/`: for `photo.jpg`.
    private let directory: [UInt8]
    /// The page's URL without query or fragment: for `?query`.
    private let withoutQuery: [UInt8]
    /// The page's URL without fragment: for `#fragment` and the empty reference.
    private let withoutFragment: [UInt8]

    init(pageURL: String) {
        let url = Array(pageURL.utf8)
        let fragment = url.firstIndex(of: UInt8(ascii: "#")) ?? url.count
        let query = url[..<fragment].firstIndex(of: UInt8(ascii: "?")) ?? fragment
        withoutFragment = Array(url[..<fragment])
        withoutQuery = Array(url[..<query])
        let authorityStart = Self.authorityStart(of: url) ?? 0
        let pathStart = url[authorityStart..<query].firstIndex(of: UInt8(ascii: "/")) ?? query
        origin = Array(url[..<pathStart])
        if pathStart == query {
            directory = origin + [UInt8(ascii: "/")]
        } else {
            let lastSlash = url[pathStart..<query].lastIndex(of: UInt8(ascii: "/")) ?? pathStart
            directory = Array(url[...lastSlash])
        }
    }

    /// What to put before `reference` to make it absolute, or nil when it
    /// already is (a scheme, or `//host`, which is absolute but for the scheme).
    func prefix(for reference: some Collection<UInt8>) -> [UInt8]? {
        guard let first = reference.first else { return withoutFragment }
        switch first {
        case UInt8(ascii: "/"):
            return reference.dropFirst().first == UInt8(ascii: "/") ? nil : origin
        case UInt8(ascii: "#"):
            return withoutFragment
        case UInt8(ascii: "?"):
            return withoutQuery
        default:
            return Self.hasScheme(reference) ? nil : directory
        }
    }

    /// True for `scheme:` at the start: a letter, then letters, digits, `+`,
    /// `-` or `.` up to a `:` (so `a:b` is absolute, `a/b:c` is not).
    private static func hasScheme(_ reference: some Collection<UInt8>) -> Bool {
        for (offset, byte) in reference.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if offset == 0 { return false }
            case UInt8(ascii: ":"):
                return offset > 0
            default:
                return false
            }
        }
        return false
    }

    /// The index just after `://`, where the host begins.
    private static func authorityStart(of url: [UInt8]) -> Int? {
        guard url.count >= 3 else { return nil }
        for index in 0...(url.count - 3) where url[index] == UInt8(ascii: ":") && url[index + 1] == UInt8(ascii: "/") && url[index + 2] == UInt8(ascii: "/") {
            return index + 3
        }
        return nil
    }
}
