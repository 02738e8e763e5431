/// Filters about text and how it is printed: escape, safe, default, upper, lower.
enum TextFilters {
    static let all: [Filter] = [escape, safe, `default`, upper, lower]

    /// Escapes now and marks the result safe, so printing does not escape it
    /// twice. Safe HTML and none pass through; numbers and booleans are
    /// escaped in their printed form.
    static let escape = Filter(
        "escape", arguments: 0...0,
        summary: "Escapes & < > \" ' for HTML and marks the result safe: `{{ \"a < b\" | escape }}` gives `a &lt; b`."
    ) { input, _, _ throws(FilterError) in
        switch input {
        case .none, .safe: return input
        default:
            guard let text = input.printedText else {
                throw .needs("escape", "text", got: input)
            }
            return .safe(HTMLEscaping.escape(text))
        }
    }

    /// Marks text as HTML that is printed as it is. None passes through
    /// (it prints as nothing either way).
    static let safe = Filter(
        "safe", arguments: 0...0,
        summary: "Marks text as HTML to print without escaping: `{{ page.embed_html | safe }}`."
    ) { input, _, _ throws(FilterError) in
        switch input {
        case .none, .safe: return input
        case .text(let text): return .safe(text)
        default: throw .needs("safe", "text", got: input, hint: "only text can be marked as HTML")
        }
    }

    /// The argument when the input is none or not defined at all; anything
    /// else, empty text, 0 and false included, is kept.
    static let `default` = Filter(
        "default", arguments: 1...1, acceptsUndefined: true,
        summary: "Gives a value for none or an undefined name (empty text, 0 and false are kept): `{{ page.subtitle | default(\"ไม่มีหัวข้อรอง\") }}`."
    ) { input, arguments, _ throws(FilterError) in
        guard case .none = input else { return input }
        return try FilterInput.argument(arguments, 0, of: "default")
    }

    static let upper = Filter(
        "upper", arguments: 0...0,
        summary: "Upper case (Latin; Thai has no case); HTML stays HTML with its tags untouched: `{{ \"pm2.5\" | upper }}` gives `PM2.5`."
    ) { input, _, _ throws(FilterError) in
        try changeCase(input, filter: "upper") { $0.uppercased() }
    }

    static let lower = Filter(
        "lower", arguments: 0...0,
        summary: "Lower case (Latin; Thai has no case); HTML stays HTML with its tags untouched: `{{ \"NEWS\" | lower }}` gives `news`."
    ) { input, _, _ throws(FilterError) in
        try changeCase(input, filter: "lower") { $0.lowercased() }
    }

    /// Text is mapped whole. In safe HTML only the text between tags is
    /// mapped: tags (with their attribute values, such as links) and
    /// entities such as `&nbsp;` are case-sensitive and are copied as they are.
    private static func changeCase(
        _ input: Value, filter: String, _ transform: (Substring) -> String
    ) throws(FilterError) -> Value {
        switch input {
        case .text(let text): return .text(transform(text[...]))
        case .safe(let html): return .safe(changeCaseOutsideMarkup(html, transform))
        default: throw .needs(filter, "text", got: input)
        }
    }

    static func changeCaseOutsideMarkup(_ html: String, _ transform: (Substring) -> String) -> String {
        let utf8 = html.utf8
        var result = ""
        result.reserveCapacity(utf8.count)
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            var markupEnd: String.Index?
            if byte == UInt8(ascii: "<") {
                // A tag runs to the next ">"; an unclosed one to the end.
                let close = utf8[index...].firstIndex(of: UInt8(ascii: ">"))
                markupEnd = close.map { utf8.index(after: $0) } ?? utf8.endIndex
            } else if byte == UInt8(ascii: "&") {
                markupEnd = entityEnd(in: utf8, from: index)
            }
            if let end = markupEnd {
                result += transform(html[runStart..<index])
                result += html[index..<end]
                index = end
                runStart = end
            } else {
                utf8.formIndex(after: &index)
            }
        }
        result += transform(html[runStart..<utf8.endIndex])
        return result
    }

    /// The end of an entity (`&amp;`, `&#39;`, `&nbsp;`) starting at `start`, nil if there is none.
    private static func entityEnd(in utf8: String.UTF8View, from start: String.Index) -> String.Index? {
        var index = utf8.index(after: start)
        var length = 0
        while index < utf8.endIndex, length <= 32 {
            let byte = utf8[index]
            if byte == UInt8(ascii: ";") { return length > 0 ? utf8.index(after: index) : nil }
            let isNameByte =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "#")
            guard isNameByte else { return nil }
            length += 1
            utf8.formIndex(after: &index)
        }
        return nil
    }
}
