import Foundation

/// Errors from reading a test fixture, so a missing file fails the test
/// with its name instead of silently producing zero test cases.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
}

/// The rows of `Fixtures/<name>.tsv`, each split on tabs into columns.
///
/// Lines starting with `#` are comments and blank lines are skipped, so
/// fixtures can explain themselves. Columns are kept as written (empty
/// columns included, no trimming) because the expected values may contain
/// spaces. CRLF line ends are accepted.
///
/// ```swift
/// @Test(arguments: try fixtureRows("bahttext"))
/// func reads(row: [String]) { ... }
/// ```
func fixtureRows(_ name: String) throws -> [[String]] {
    guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Fixtures")
        ?? Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "tsv")
    else {
        throw FixtureError(description: "Fixtures/\(name).tsv is not in the ThaiTests bundle")
    }
    let text = try String(contentsOf: url, encoding: .utf8)
    var rows: [[String]] = []
    // Split on Character newlines: "\r\n" is one Character, so this also
    // handles fixtures saved by a Windows editor.
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
        rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
    }
    return rows
}
