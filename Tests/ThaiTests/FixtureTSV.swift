import Foundation
import Testing

/// Rows of a tab-separated fixture in `Fixtures/`, without `#` comments and blank lines.
func fixtureRows(_ name: String) throws -> [[String]] {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Fixtures"))
    return try String(contentsOf: url, encoding: .utf8)
        .split(separator: "\n")
        .filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
        .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
}
