import Yams

/// A front matter value the tool does not know, kept for templates
/// (`page.extra.NAME`) as text, lists and maps.
public indirect enum FieldValue: Sendable, Equatable {
    case text(String)
    case list([FieldValue])
    case map([String: FieldValue])

    /// The most nodes one value may have: YAML aliases can make a small
    /// text stand for an enormous tree (a "billion laughs" bomb).
    static let maximumNodes = 10_000

    /// The value of `node`, or nil when it is larger than ``maximumNodes``.
    static func from(_ node: Node) -> FieldValue? {
        var budget = maximumNodes
        return from(node, budget: &budget)
    }

    private static func from(_ node: Node, budget: inout Int) -> FieldValue? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar(let scalar):
            return .text(scalar.string)
        case .sequence(let sequence):
            var items = [FieldValue]()
            for item in sequence {
                guard let value = from(item, budget: &budget) else { return nil }
                items.append(value)
            }
            return .list(items)
        case .mapping(let mapping):
            var pairs = [String: FieldValue]()
            for (key, value) in mapping {
                guard let converted = from(value, budget: &budget) else { return nil }
                pairs[key.string ?? ""] = converted
            }
            return .map(pairs)
        case .alias:
            return nil
        }
    }
}
