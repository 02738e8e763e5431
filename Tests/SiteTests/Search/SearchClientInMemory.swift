import Foundation
import SearchClient
@testable import Site

extension SearchClient {
    /// A client over the index of `documents`, its files made in memory,
    /// as the browser's script reads them from the output.
    static func over(_ documents: [SearchDocument], jobs: Int = 2) -> SearchClient? {
        let files = SearchFiles(SearchIndex.build(documents, jobs: jobs), documents, jobs: jobs)
        var bytes = [String: Data]()
        for number in 0..<files.count {
            let file = files.file(number)
            bytes[String(file.path.dropFirst("search/".count))] = Data(file.bytes)
        }
        return SearchClient(manifest: String(files.manifest.dropFirst("/search/".count))) { bytes[$0] }
    }
}

extension SearchDocument {
    /// A release-like document with the given texts.
    static func test(title: String, body: String, tags: [String] = [], bureaus: [String] = [], summary: String = "") -> SearchDocument {
        var fields: [(field: Field, text: String)] = [(.title, title)]
        fields += tags.map { (.tag, $0) } + bureaus.map { (.bureau, $0) }
        fields += [(.summary, summary), (.body, body)]
        return SearchDocument(fields: fields, title: title, url: "/", date: "", summary: summary, language: "th")
    }
}

extension SearchIndex {
    /// One document's entry in a term's list, copied out for a test.
    struct Posting {
        let document: Int32
        let score: Int32
        let offsets: [Int32]
    }

    /// The postings of term `term`, documents ascending.
    func postings(of term: Int) -> [Posting] {
        var postings = [(document: Int32, score: Int32)]()
        forEachPosting(of: term) { postings.append(($0, $1)) }
        var offsets = [[Int32]]()
        forEachOffsets(of: term) { offsets.append(Array($0)) }
        return zip(postings, offsets).map { Posting(document: $0.document, score: $0.score, offsets: $1) }
    }
}
