/// A page's HTML with its `href`, `src` and `srcset` references made
/// absolute, for feeds: a feed reader shows the content away from the site,
/// where `/news/…` or `photo.jpg` lead nowhere (W3C feed rules).
///
/// A byte scanner, not a regex or an HTML parser: it walks tags and their
/// attributes the way HTML tokenises them (quoted, single-quoted and unquoted
/// values, any case of attribute names), passes over comments and the text of
/// `script`, `style`, `textarea` and `title` (which may contain `<a href=…>`
/// as plain text), and copies every other byte unchanged: Thai text
/// verbatim. References are resolved against the page's own URL as a
/// browser would (``LinkBase``); absolute and protocol-relative (`//host`)
/// ones are left alone.
///
/// ```swift
/// AbsoluteLinks.rewrite(#"<a href="/tags/x/">x</a><img src="a.jpg">"#, pageURL: "https://www.cpd.go.th/news/2555/a/")
/// // <a href="https://www.cpd.go.th/tags/x/">x</a><img src="https://www.cpd.go.th/news/2555/a/a.jpg">
/// ```
enum AbsoluteLinks {
    static func rewrite(_ html: String, pageURL: String) -> String {
        var scanner = Scanner(html: Array(html.utf8), base: LinkBase(pageURL: pageURL))
        scanner.run()
        return String(decoding: scanner.output, as: UTF8.self)
    }

    private struct Scanner {
        let html: [UInt8]
        let base: LinkBase
        var output: [UInt8] = []
        var index = 0

        init(html: [UInt8], base: LinkBase) {
            self.html = html
            self.base = base
            output.reserveCapacity(html.count + html.count / 8)
        }

        mutating func run() {
            while index < html.count {
                guard html[index] == UInt8(ascii: "<") else {
                    copy(1)
                    continue
                }
                if starts(with: "<!--") {
                    // From the second `-`: `<!-->` is a whole (empty) comment.
                    copy(through: "-->", from: index + 2)
                } else if index + 1 < html.count, isLetter(html[index + 1]) {
                    let name = tag()
                    if Self.rawTextElements.contains(name) {
                        copy(until: "</" + name)
                    }
                } else {
                    copy(1)
                }
            }
        }

        /// Copies one start tag from its `<`, rewriting link attributes, and
        /// returns its lower-cased name.
        mutating func tag() -> String {
            copy(1)
            let nameStart = index
            while index < html.count, !isSpace(html[index]), html[index] != UInt8(ascii: "/"), html[index] != UInt8(ascii: ">") {
                index += 1
            }
            let name = lowercased(html[nameStart..<index])
            output.append(contentsOf: html[nameStart..<index])
            while index < html.count {
                let byte = html[index]
                if byte == UInt8(ascii: ">") {
                    copy(1)
                    break
                }
                if isSpace(byte) || byte == UInt8(ascii: "/") {
                    copy(1)
                    continue
                }
                attribute()
            }
            return name
        }

        /// Copies one attribute, its value rewritten when it holds a URL.
        mutating func attribute() {
            let nameStart = index
            // A first `=` belongs to the name, as HTML tokenises it.
            index += 1
            while index < html.count, !isSpace(html[index]), ![UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "=")].contains(html[index]) {
                index += 1
            }
            let name = lowercased(html[nameStart..<index])
            output.append(contentsOf: html[nameStart..<index])
            copySpaces()
            guard index < html.count, html[index] == UInt8(ascii: "=") else { return }
            copy(1)
            copySpaces()
            guard index < html.count else { return }
            let quote = html[index]
            let valueStart: Int
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                copy(1)
                valueStart = index
                while index < html.count, html[index] != quote { index += 1 }
            } else {
                valueStart = index
                while index < html.count, !isSpace(html[index]), html[index] != UInt8(ascii: ">") { index += 1 }
            }
            let value = html[valueStart..<index]
            switch name {
            case "href", "src": appendReference(value)
            case "srcset": appendSourceSet(value)
            default: output.append(contentsOf: value)
            }
            if index < html.count, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                copy(1)
            }
        }

        /// A URL with its resolving prefix, after any leading spaces (which
        /// browsers strip before resolving).
        mutating func appendReference(_ value: ArraySlice<UInt8>) {
            let start = value.firstIndex { !isSpace($0) } ?? value.endIndex
            output.append(contentsOf: value[..<start])
            if let prefix = base.prefix(for: value[start...]) {
                appendEscaped(prefix)
            }
            output.append(contentsOf: value[start...])
        }

        /// `srcset="a.jpg 1x, /b.jpg 2x"`: each candidate's URL resolved.
        /// A URL is a run without spaces (a trailing comma ends the
        /// candidate); descriptors run to the next comma outside brackets.
        mutating func appendSourceSet(_ value: ArraySlice<UInt8>) {
            var position = value.startIndex
            while position < value.endIndex {
                let byte = value[position]
                if isSpace(byte) || byte == UInt8(ascii: ",") {
                    output.append(byte)
                    position += 1
                    continue
                }
                var end = position
                while end < value.endIndex, !isSpace(value[end]) { end += 1 }
                var urlEnd = end
                while urlEnd > position, value[urlEnd - 1] == UInt8(ascii: ",") { urlEnd -= 1 }
                appendReference(value[position..<urlEnd])
                output.append(contentsOf: value[urlEnd..<end])
                position = end
                if urlEnd < end { continue }
                var depth = 0
                while position < value.endIndex {
                    let descriptor = value[position]
                    if descriptor == UInt8(ascii: "(") { depth += 1 }
                    if descriptor == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                    if descriptor == UInt8(ascii: ","), depth == 0 { break }
                    output.append(descriptor)
                    position += 1
                }
            }
        }

        /// The prefix comes from the page URL, which is not HTML: escaped so
        /// it cannot end the attribute whatever its quoting.
        mutating func appendEscaped(_ bytes: [UInt8]) {
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                default: output.append(byte)
                }
            }
        }

        mutating func copy(_ count: Int) {
            let end = min(html.count, index + count)
            output.append(contentsOf: html[index..<end])
            index = end
        }

        mutating func copySpaces() {
            while index < html.count, isSpace(html[index]) { copy(1) }
        }

        /// Copies up to and including `marker`, searched from `start`; to the
        /// end when it is missing (an unclosed comment runs to the end in HTML).
        mutating func copy(through marker: String, from start: Int) {
            let end = find(marker, from: start, ignoringCase: false).map { $0 + marker.utf8.count } ?? html.count
            copy(end - index)
        }

        /// Copies up to (not including) `marker`, in any case.
        mutating func copy(until marker: String) {
            let end = find(marker, from: index, ignoringCase: true) ?? html.count
            copy(end - index)
        }

        func find(_ marker: String, from start: Int, ignoringCase: Bool) -> Int? {
            let needle = Array(marker.utf8)
            guard start + needle.count <= html.count else { return nil }
            for position in start...(html.count - needle.count) {
                var matches = true
                for (offset, expected) in needle.enumerated() {
                    let byte = html[position + offset]
                    if byte != expected && !(ignoringCase && lowercase(byte) == expected) {
                        matches = false
                        break
                    }
                }
                if matches { return position }
            }
            return nil
        }

        func starts(with marker: String) -> Bool {
            let needle = Array(marker.utf8)
            return index + needle.count <= html.count && html[index..<(index + needle.count)].elementsEqual(needle)
        }

        static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]
    }
}

private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
}

private func isLetter(_ byte: UInt8) -> Bool {
    lowercase(byte) >= UInt8(ascii: "a") && lowercase(byte) <= UInt8(ascii: "z")
}

private func lowercase(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
}

private func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes.map(lowercase), as: UTF8.self)
}
