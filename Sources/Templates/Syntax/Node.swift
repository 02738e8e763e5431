/// A template after parsing: what to do, in order.
indirect enum Node: Sendable {
    /// Text printed as it is, kept as UTF-8 to be copied straight into the page.
    case text([UInt8])
    /// `{{ expression }}`
    case output(any Expression)
    /// `{% if %}…{% elif %}…{% else %}…{% endif %}`
    case conditional(branches: [(any Expression, [Node])], otherwise: [Node])
    /// `{% for item in items %}…{% else %}…{% endfor %}`
    case loop(Loop)
    /// `{% set name = expression %}`
    case assignment(name: String, value: any Expression)
    /// `{% include "name" %}`: the name is resolved when the set loads.
    case include(name: String, location: Location)
    /// `{% block name %}`: where the most derived definition of the block goes.
    case block(name: String, location: Location)
}

/// The parts of a `for` loop.
struct Loop: Sendable {
    /// `item`, or `key, value` over a map.
    var names: [String]
    var sequence: any Expression
    var body: [Node]
    var otherwise: [Node]
    var location: Location
}

/// A filter's arguments: literals are evaluated once, when the template loads.
enum FilterArguments: Sendable {
    case constant([Value])
    case computed([any Expression])
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
