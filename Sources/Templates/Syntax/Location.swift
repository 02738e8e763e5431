/// Where something is in a template: which template, 1-based line and
/// column (in Unicode scalars), and how many scalars it spans.
struct Location: Sendable, Equatable {
    var template: Int
    var line: Int
    var column: Int
    var length: Int = 1
}
