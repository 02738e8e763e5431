import Foundation

/// Filters over lists (and, where it makes sense, text and maps): length,
/// first, last, join, reverse, limit.
enum ListFilters {
    static let all: [Filter] = [length, first, last, join, reverse, limit]

    static let length = Filter(
        "length", arguments: 0...0,
        summary: "Counts the items of a list or map, or the characters of text (as a reader counts them): `{{ page.tags | length }}`."
    ) { input, _, _ throws(FilterError) in
        switch input {
        case .list(let items): return .integer(items.count)
        case .map(let map): return .integer(map.count)
        case .text(let text), .safe(let text): return .integer(text.count)
        default: throw .needs("length", "a list, a map or text", got: input)
        }
    }

    static let first = Filter(
        "first", arguments: 0...0,
        summary: "The first item of a list or character of text, none when empty: `{{ news | first }}`."
    ) { input, _, _ throws(FilterError) in
        try end(of: input, filter: "first", fromStart: true)
    }

    static let last = Filter(
        "last", arguments: 0...0,
        summary: "The last item of a list or character of text, none when empty: `{{ news | last }}`."
    ) { input, _, _ throws(FilterError) in
        try end(of: input, filter: "last", fromStart: false)
    }

    /// A character cut out of HTML is no longer known to be safe, so text
    /// input of either kind gives text.
    private static func end(of input: Value, filter: String, fromStart: Bool) throws(FilterError) -> Value {
        switch input {
        case .list(let items):
            return (fromStart ? items.first : items.last) ?? .none
        case .text(let text), .safe(let text):
            return (fromStart ? text.first : text.last).map { .text(String($0)) } ?? .none
        default:
            throw .needs(filter, "a list or text", got: input)
        }
    }

    /// Items are printed as `{{ }}` prints them. With no HTML involved the
    /// result is text, escaped when printed; when all items and the separator
    /// are safe it is safe. When both meet, the text parts are escaped here
    /// and the result is safe, so neither is printed wrongly.
    static let join = Filter(
        "join", arguments: 1...1, kinds: [.text],
        summary: "Joins a list of text or numbers with a separator: `{{ page.tags | join(\", \") }}`."
    ) { input, arguments, _ throws(FilterError) in
        let items = try FilterInput.list(input, of: "join")
        let separatorValue = try FilterInput.argument(arguments, 0, of: "join")
        guard let separator = separatorValue.textValue else {
            throw .needs("join", "text as its separator", got: separatorValue)
        }
        var anySafe = false
        var anyText = false
        if case .safe = separatorValue { anySafe = true } else { anyText = true }
        var parts: [String] = []
        parts.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
            guard let printed = item.printedText else {
                throw FilterError(
                    "\"join\" cannot print \(item.kindName), item \(position + 1) of the list",
                    hint: "join takes text, numbers and booleans; pick a field of each item first"
                )
            }
            switch item {
            case .safe: anySafe = true
            case .text: anyText = true
            default: break  // numbers and booleans print without special characters
            }
            parts.append(printed)
        }
        if !anySafe { return .text(parts.joined(separator: separator)) }
        if !anyText { return .safe(parts.joined(separator: separator)) }
        // Mixed: escape what is text, keep what is HTML.
        for (index, item) in items.enumerated() where item.isPlainText {
            parts[index] = HTMLEscaping.escape(parts[index])
        }
        let escapedSeparator = separatorValue.isPlainText ? HTMLEscaping.escape(separator) : separator
        return .safe(parts.joined(separator: escapedSeparator))
    }

    /// Reversing HTML breaks its tags, so safe input gives text.
    static let reverse = Filter(
        "reverse", arguments: 0...0,
        summary: "A list in reverse order, or text reversed by character: `{{ news | sort(\"date\") | reverse }}`."
    ) { input, _, _ throws(FilterError) in
        switch input {
        case .list(let items): return .list(items.reversed())
        case .text(let text), .safe(let text): return .text(String(text.reversed()))
        default: throw .needs("reverse", "a list or text", got: input)
        }
    }

    static let limit = Filter(
        "limit", arguments: 1...1, kinds: [.integer],
        summary: "The first n items of a list: `{{ news | limit(5) }}`."
    ) { input, arguments, _ throws(FilterError) in
        let items = try FilterInput.list(input, of: "limit", hint: input.textValue != nil ? "to shorten text, use \"truncate\"" : nil)
        let countValue = try FilterInput.argument(arguments, 0, of: "limit")
        guard case .integer(let count) = countValue else {
            throw .needs("limit", "an integer count", got: countValue)
        }
        guard count >= 0 else {
            throw FilterError("\"limit\" needs a count of 0 or more, not \(count)")
        }
        return .list(Array(items.prefix(count)))
    }
}

extension Value {
    fileprivate var isPlainText: Bool {
        if case .text = self { true } else { false }
    }
}
