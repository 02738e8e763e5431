/// A template after parsing: what to do, in order.
indirect enum Node: Sendable {
    /// Text printed as it is, kept as UTF-8 to be copied straight into the page.
    case text([UInt8])
    /// `{{ expression }}`
    case output(Expression)
    /// `{% if %}…{% elif %}…{% else %}…{% endif %}`
    case conditional(branches: [(Expression, [Node])], otherwise: [Node])
    /// `{% for item in items %}…{% else %}…{% endfor %}`
    case loop(Loop)
    /// `{% set name = expression %}`
    case assignment(name: String, value: Expression)
    /// `{% include "name" %}`: the name is resolved when the set loads.
    case include(name: String, location: Location)
    /// `{% block name %}`: where the most derived definition of the block goes.
    case block(name: String, location: Location)
}

/// The parts of a `for` loop.
struct Loop: Sendable {
    /// `item`, or `key, value` over a map.
    var names: [String]
    var sequence: Expression
    var body: [Node]
    var otherwise: [Node]
    var location: Location
}

/// An expression inside a tag.
indirect enum Expression: Sendable {
    case literal(Value)
    case name(String, Location)
    case member(Expression, String, Location)
    case index(Expression, Expression, Location)
    case list([Expression])
    case not(Expression)
    case negate(Expression, Location)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case binary(BinaryOperator, Expression, Expression, Location)
    /// `is defined`, `is none`, and their `is not` forms.
    case test(Expression, TestKind, negated: Bool, Location)
    case filter(Expression, Filter, FilterArguments, Location)
    /// `super()` inside a block.
    case superBlock(Location)

    /// How the expression reads in a message: `page.title`, `items[0]`.
    var display: String {
        switch self {
        case .name(let name, _): name
        case .member(let base, let name, _): "\(base.display).\(name)"
        case .index(let base, let index, _): "\(base.display)[\(index.display)]"
        case .literal(.text(let text)): "\"\(text)\""
        case .literal(.integer(let value)): String(value)
        case .filter(let input, let filter, _, _): "\(input.display) | \(filter.name)"
        default: "the value"
        }
    }

    var location: Location? {
        switch self {
        case .name(_, let location), .member(_, _, let location), .index(_, _, let location), .negate(_, let location),
             .binary(_, _, _, let location), .test(_, _, _, let location), .filter(_, _, _, let location),
             .superBlock(let location):
            location
        case .not(let inner): inner.location
        case .and(let lhs, _), .or(let lhs, _): lhs.location
        case .literal, .list: nil
        }
    }
}

/// A filter's arguments: literals are evaluated once, when the template loads.
enum FilterArguments: Sendable {
    case constant([Value])
    case computed([Expression])
}

enum BinaryOperator: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case contains = "in", notContains = "not in"
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%", concatenate = "~"
}

enum TestKind: String, Sendable {
    case defined
    case none
}
