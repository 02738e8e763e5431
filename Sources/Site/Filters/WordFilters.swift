import Markdown
import Templates
import Thai

/// `truncate`, `words`, `reading_time`, `slug`, `strip_html`, `wbr`, `keep_together`, `markdown`:
/// text filters that know where Thai words end (thai.md).
enum WordFilters {
    /// Words a reader takes in a minute; Thai prose is read at about the
    /// same rate in ICU words as English is in spaces.
    static let wordsPerMinute = 200

    /// The filters, with a cache of their own for `wbr` (one per build).
    static var all: [Filter] {
        let breaks = FilterCache<TextKey>()
        return [
        Filter("truncate", arguments: 1...1, kinds: [.integer],
               summary: "Cuts text to at most N graphemes at a Thai word boundary, with …: `{{ page.summary | truncate(40) }}`.") { input, arguments, _ throws(FilterError) in
            guard let text = try text(input, "truncate") else { return .none }
            guard case .integer(let limit) = try FilterInput.argument(arguments, 0, of: "truncate"), limit >= 0 else {
                throw FilterError("\"truncate\" needs a length of 0 or more", hint: "write truncate(160)")
            }
            return .text(ThaiWords.truncate(text, graphemes: limit))
        },
        Filter("words", arguments: 0...0,
               summary: "How many words a text has, Thai words found by ICU: `{{ page.summary | words }}`.") { input, _, _ throws(FilterError) in
            guard let text = try text(input, "words") else { return .integer(0) }
            return .integer(ThaiWords.count(in: text))
        },
        Filter("reading_time", arguments: 0...0,
               summary: "Minutes to read a text at 200 words a minute, at least 1: `อ่าน {{ page.content | reading_time }} นาที`.") { input, _, _ throws(FilterError) in
            guard let text = try text(input, "reading_time") else { return .integer(0) }
            let words = ThaiWords.count(in: text)
            return .integer(max(1, (words + wordsPerMinute - 1) / wordsPerMinute))
        },
        Filter("slug", arguments: 0...0,
               summary: "The URL form of a text, Thai marks kept: `{{ \"ระดมสมอง 4 หน่วยงาน\" | slug }}` gives `ระดมสมอง-4-หน่วยงาน`.") { input, _, _ throws(FilterError) in
            guard let text = try text(input, "slug") else { return .none }
            return .text(Slug.make(text) ?? "")
        },
        Filter("strip_html", arguments: 0...0,
               summary: "The text of HTML, tags removed and entities decoded (printed escaped again): `{{ page.content | strip_html | truncate(100) }}`.") { input, _, _ throws(FilterError) in
            guard let text = try text(input, "strip_html") else { return .none }
            return .text(HTMLText.strip(text))
        },
        Filter("wbr", arguments: 0...0,
               summary: "Adds `<wbr>` between Thai words so long titles wrap at a word, never inside one: `{{ page.title | wbr }}`.") { input, _, _ throws(FilterError) in
            switch input {
            case .none: return .none
            case .text(let text): return .safe(breaks.value(for: TextKey(text)) { WordBreaks.html(text) })
            default: throw .needs("wbr", "text", got: input, hint: "use it on plain text such as a title, before any HTML")
            }
        },
        Filter("keep_together", arguments: 0...1,
               summary: "Keeps names (a list), `พ.ศ. 2556` and amounts with `บาท` on one line in print, in `<span class=\"nowrap\">`: `{{ page.content | keep_together(page.people) }}`.") { input, arguments, _ throws(FilterError) in
            let names: [String]
            switch arguments.first {
            case nil, .none?: names = []
            case .list(let values)?: names = values.compactMap(\.textValue)
            case let other?: throw .needs("keep_together", "a list of names", got: other)
            }
            switch input {
            case .none: return .none
            case .safe(let html): return .safe(KeepTogether.html(html, names: names))
            case .text(let text): return .safe(KeepTogether.html(HTMLEscaping.escape(text), names: names.map(HTMLEscaping.escape)))
            default: throw .needs("keep_together", "text or HTML", got: input)
            }
        },
        Filter("markdown", arguments: 0...0,
               summary: "Renders Markdown text (a front matter field) to HTML, raw HTML removed: `{{ page.extra.note | markdown }}`.") { input, _, _ throws(FilterError) in
            switch input {
            case .none: return .none
            case .text(let text): return .safe(Markdown.render(text, options: MarkdownOptions()) { _ in .keep }.html)
            default: throw .needs("markdown", "text", got: input)
            }
        },
        ]
    }

    /// Text, HTML as text, or none for an absent value.
    private static func text(_ input: Value, _ filter: String) throws(FilterError) -> String? {
        if case .none = input { return nil }
        if case .safe(let html) = input { return HTMLText.strip(html) }
        guard let text = input.filterText else { throw .needs(filter, "text", got: input) }
        return text
    }
}
