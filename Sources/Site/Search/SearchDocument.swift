import Content
import Foundation
import Thai

/// One page as the search index sees it: the texts it is found by, each in
/// a field with its weight, and what a result shows.
struct SearchDocument: Sendable {
    /// Where a word was found, which says how much a match counts.
    enum Field: Int, CaseIterable, Sendable {
        case title, tag, bureau, summary, body

        /// Title above tags and bureaus above summary above body (issue 6).
        /// A title match outweighs the most any other field can add
        /// (10 + 10 + 8 + 10 with the caps below), so it ranks first.
        var weight: Int32 {
            switch self {
            case .title: 64
            case .tag, .bureau: 10
            case .summary: 4
            case .body: 2
            }
        }

        /// How many occurrences count: a word repeated in a long body must
        /// not outrank a title.
        var cap: Int32 {
            self == .body ? 5 : 2
        }
    }

    let fields: [(field: Field, text: String)]
    /// What a result shows: its title, link (with the site's base path),
    /// date in Thai, summary, and language.
    let title: String
    let url: String
    let date: String
    let summary: String
    let language: String

    /// How long a summary a result shows, in graphemes.
    static let summaryLength = 160

    /// Every page the index covers, in id order: standing pages first, then
    /// releases oldest first, so that a newer release has a larger id (the
    /// script ranks ties by recency that way) and a new release changes
    /// only the files that hold its words. Releases are made on `jobs`
    /// threads: each cuts its summary at a word.
    static func all(in directory: Directory, jobs: Int) -> [SearchDocument] {
        let urls = directory.urls
        let configuration = directory.configuration
        let thaiDates = ThaiDateFormatter(timeZone: configuration.timeZone, digits: configuration.digits)
        let englishDates = EnglishDateFormatter(timeZone: configuration.timeZone)
        let pages = directory.pages.map { page in
            SearchDocument(fields: [(.title, page.page.title), (.summary, page.description), (.body, page.body.plainText)],
                           title: page.page.title, url: urls.link(page.path), date: "",
                           summary: ThaiWords.truncate(page.description, graphemes: summaryLength), language: configuration.language)
        }
        let releases = ParallelMap.map(directory.releases.reversed(), jobs: jobs) { object in
            let release = object.release
            var fields: [(field: Field, text: String)] = [(.title, release.title)]
            fields += release.tags.map { (.tag, $0) }
            fields += release.bureaus.compactMap { directory.bureausByID[$0].map { (.bureau, $0.bureau.name) } }
            fields += [(.summary, object.summary), (.body, object.body.plainText)]
            let date = release.language == "en" ? englishDates.string(from: release.date) : thaiDates.string(from: release.date)
            return SearchDocument(fields: fields, title: release.title, url: urls.link(object.url), date: date,
                                  summary: ThaiWords.truncate(object.summary, graphemes: summaryLength), language: release.language)
        }
        return pages + releases
    }
}
