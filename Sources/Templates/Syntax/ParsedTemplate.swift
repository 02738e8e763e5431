/// One template, parsed: its nodes, the blocks it defines, what it extends.
struct ParsedTemplate: Sendable {
    let name: String
    let path: String
    /// The lines of the source, for excerpts in messages.
    let lines: [String]
    let nodes: [Node]
    /// `{% extends "name" %}`, when the template has one.
    let extends: (name: String, location: Location)?
    /// Every block defined anywhere in the template, by name.
    let blocks: [String: [Node]]
    /// Every `{% include %}` in the template, for loop detection.
    let includes: [(name: String, location: Location)]
}
