/// Spans that keep what must not break across lines on one line in print
/// (print.md): people's names, `พ.ศ. ๒๕๕๖`, and amounts with their unit
/// (`12,500,000 บาท`). Chromium breaks Thai by dictionary and cannot be
/// steered with `<wbr>` or U+200B (which would also end up in the PDF's
/// text); a `white-space: nowrap` span is what works.
///
/// Works on the text between tags of HTML this tool wrote (a release's
/// body), never inside a tag or an attribute.
enum KeepTogether {
    /// `html` with each name, era year and baht amount of its text in
    /// `<span class="nowrap">`.
    static func html(_ html: String, names: [String]) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            output += wrapped(rest[..<open], names: names)
            let close = rest[open...].firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
            output += rest[open..<close]
            rest = rest[close...]
        }
        output += wrapped(rest, names: names)
        return output
    }

    /// Text (no tags) with its matches wrapped; overlapping matches keep the first and longest.
    private static func wrapped(_ text: Substring, names: [String]) -> String {
        guard !text.isEmpty else { return "" }
        var found = [Range<String.Index>]()
        for name in names where !name.isEmpty {
            found += text.ranges(of: name)
        }
        found += eraYears(in: text) + amounts(in: text)
        found.sort { $0.lowerBound < $1.lowerBound || ($0.lowerBound == $1.lowerBound && $0.upperBound > $1.upperBound) }
        var output = ""
        var at = text.startIndex
        for range in found where range.lowerBound >= at {
            output += text[at..<range.lowerBound]
            output += "<span class=\"nowrap\">" + text[range] + "</span>"
            at = range.upperBound
        }
        output += text[at...]
        return output
    }

    /// `พ.ศ.` with the year after it.
    private static func eraYears(in text: Substring) -> [Range<String.Index>] {
        text.ranges(of: "พ.ศ.").compactMap { era in
            var end = era.upperBound
            if end < text.endIndex, text[end] == " " { end = text.index(after: end) }
            let digits = text[end...].prefix(while: isDigit)
            return digits.isEmpty ? nil : era.lowerBound..<digits.endIndex
        }
    }

    /// A number (digits, commas, a point) with `บาท` after it, with or without a space.
    private static func amounts(in text: Substring) -> [Range<String.Index>] {
        text.ranges(of: "บาท").compactMap { unit in
            var start = unit.lowerBound
            if start > text.startIndex, text[text.index(before: start)] == " " { start = text.index(before: start) }
            var first = start
            while first > text.startIndex {
                let previous = text.index(before: first)
                guard isDigit(text[previous]) || text[previous] == "," || text[previous] == "." else { break }
                first = previous
            }
            guard first < start, isDigit(text[first]) else { return nil }
            return first..<unit.upperBound
        }
    }

    private static func isDigit(_ character: Character) -> Bool {
        ("0"..."9").contains(character) || ("๐"..."๙").contains(character)
    }
}
