import Foundation

/// Writes page numbers into a document's contents list, which Chromium
/// cannot do itself (it has no CSS `target-counter()`).
///
/// The contract with the templates: each entry of the contents list is
/// `<a href="#ID">…</a>` followed by a placeholder written exactly as
///
///     <span class="toc-page" data-for="ID"></span>
///
/// (attributes in this order, double quotes, empty, ID HTML-escaped as the
/// templates escape it). ``fill(_:pages:digits:)`` puts the page of ID
/// inside the span, for example `<span class="toc-page" data-for="ID">๗</span>`.
/// The link is what makes Chromium write a named destination for ID (see
/// ``PDFDestinations``); the span only says where the number goes.
public enum ContentsPages {
    /// How page numbers are written.
    public enum Digits: Sendable {
        /// ๐๑๒๓๔๕๖๗๘๙ (U+0E50…U+0E59), as Thai official papers number pages.
        case thai
        /// 0123456789.
        case arabic
    }

    private static let opening = Array(#"<span class="toc-page" data-for=""#.utf8)
    private static let closing = Array(#""></span>"#.utf8)

    /// Whether `html` has a placeholder: only such documents are printed twice.
    public static func hasPlaceholders(_ html: String) -> Bool {
        !placeholders(in: Array(html.utf8)).isEmpty
    }

    /// `html` with the page of each placeholder's ID from `pages` written
    /// into it. A placeholder whose ID has no page stays empty, and every
    /// other byte of `html` is kept as it was.
    public static func fill(_ html: String, pages: [String: Int], digits: Digits) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var copied = 0
        for placeholder in placeholders(in: bytes) {
            guard let page = pages[placeholder.id] else { continue }
            output.append(contentsOf: bytes[copied..<placeholder.contentStart])
            output.append(contentsOf: written(page, digits).utf8)
            copied = placeholder.contentStart
        }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }

    /// Each placeholder's ID (unescaped) and the offset between its `>` and `</span>`.
    private static func placeholders(in bytes: [UInt8]) -> [(id: String, contentStart: Int)] {
        var found: [(id: String, contentStart: Int)] = []
        var index = 0
        while let start = find(opening, in: bytes, from: index) {
            let idStart = start + opening.count
            index = idStart
            guard let quote = bytes[idStart...].firstIndex(of: UInt8(ascii: "\"")),
                  bytes[quote...].starts(with: closing)
            else { continue }
            let id = unescaped(String(decoding: bytes[idStart..<quote], as: UTF8.self))
            found.append((id, quote + 2))
            index = quote + closing.count
        }
        return found
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index...].starts(with: needle) { return index }
            index += 1
        }
        return nil
    }

    /// The ID as the element has it: templates escape `& < > " '` in attributes.
    private static func unescaped(_ id: String) -> String {
        guard id.contains("&") else { return id }
        return id.replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func written(_ page: Int, _ digits: Digits) -> String {
        let arabic = String(page)
        switch digits {
        case .arabic:
            return arabic
        case .thai:
            return String(String.UnicodeScalarView(arabic.unicodeScalars.map {
                Unicode.Scalar($0.value - 0x30 + 0x0E50) ?? $0
            }))
        }
    }
}
