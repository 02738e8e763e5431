import Templates
import Thai

/// Thai is written without spaces between words, so a browser may break a
/// long line anywhere its own dictionary says; `<wbr>` tells it where the
/// words really end, the same places the search index cuts.
enum WordBreaks {
    /// `text` escaped for HTML, with `<wbr>` between two words that touch.
    static func html(_ text: String) -> String {
        var html = ""
        html.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var previousWasWord = false
        for segment in ThaiWords.segments(in: text) {
            if segment.isWord && previousWasWord { html += "<wbr>" }
            html += HTMLEscaping.escape(String(text[segment.range]))
            previousWasWord = segment.isWord
        }
        return html
    }
}
