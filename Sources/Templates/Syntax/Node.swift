/// A part of a parsed template that renders itself: text, `{{ }}`, a tag.
///
/// Each kind is a final subclass, built once per template; rendering a page
/// walks them without copying their parts. A class rather than a protocol
/// so the renderer can use a node without retaining it (see
/// ``Swift/Array/withUnretained(at:_:)``).
///
/// Sendable unchecked, because a class that can be subclassed cannot be
/// checked: every kind must keep to `let` properties of Sendable types, so
/// that a node never changes once built.
class Node: @unchecked Sendable {
    /// Appends what the node prints; every kind overrides it.
    func render(_ renderer: inout Renderer) throws(TemplateError) {}
}

/// Text printed as it is, kept as UTF-8 to be copied straight into the page.
final class TextNode: Node, @unchecked Sendable {
    let bytes: [UInt8]
    init(_ text: String) { bytes = Array(text.utf8) }

    /// True for text that is only white space: it may stand before `extends`.
    var isWhitespace: Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    }

    override func render(_ renderer: inout Renderer) {
        renderer.output.append(bytes)
    }
}

/// `{{ expression }}`
final class OutputNode: Node, @unchecked Sendable {
    let expression: any Expression
    init(_ expression: any Expression) { self.expression = expression }

    override func render(_ renderer: inout Renderer) throws(TemplateError) {
        let value = try expression.evaluate(&renderer)
        try renderer.print(value, expression)
    }
}

/// `{% if %}…{% elif %}…{% else %}…{% endif %}`
final class ConditionalNode: Node, @unchecked Sendable {
    /// An `if` or `elif` and the nodes it shows. A class, not a tuple, so
    /// that rendering can use it unretained (see ``Swift/Array/withUnretained(at:_:)``):
    /// copying a tuple out of the array retained its condition and body.
    final class Branch: Sendable {
        let condition: any Expression
        let body: [Node]
        init(condition: any Expression, body: [Node]) {
            self.condition = condition
            self.body = body
        }
    }

    let branches: [Branch]
    let otherwise: [Node]
    init(_ branches: [(condition: any Expression, body: [Node])], otherwise: [Node]) {
        self.branches = branches.map(Branch.init)
        self.otherwise = otherwise
    }

    override func render(_ renderer: inout Renderer) throws(TemplateError) {
        for index in branches.indices {
            let shown = try branches.withUnretained(at: index) { branch throws(TemplateError) in
                guard try branch.condition.evaluate(&renderer).isTruthy else { return false }
                try renderer.render(branch.body)
                return true
            }
            if shown { return }
        }
        try renderer.render(otherwise)
    }
}

/// `{% for item in items %}…{% else %}…{% endfor %}`
final class LoopNode: Node, @unchecked Sendable {
    /// `item`, or `key, value` over a map.
    let names: [String]
    let symbols: [Int]
    let sequence: any Expression
    let body: [Node]
    let otherwise: [Node]
    let location: Location
    init(names: [String], symbols: [Int], sequence: any Expression, body: [Node], otherwise: [Node], location: Location) {
        self.names = names
        self.symbols = symbols
        self.sequence = sequence
        self.body = body
        self.otherwise = otherwise
        self.location = location
    }

    override func render(_ renderer: inout Renderer) throws(TemplateError) {
        try renderer.renderLoop(self)
    }
}

/// `{% set name = expression %}`
final class AssignmentNode: Node, @unchecked Sendable {
    let name: String
    let symbol: Int
    let value: any Expression
    init(name: String, symbol: Int, value: any Expression) {
        self.name = name
        self.symbol = symbol
        self.value = value
    }

    override func render(_ renderer: inout Renderer) throws(TemplateError) {
        let result = try value.evaluate(&renderer)
        renderer.scope.assign(symbol, result)
    }
}

/// `{% include "name" %}`: the name is resolved when the set loads.
final class IncludeNode: Node, @unchecked Sendable {
    let name: String
    let location: Location
    init(name: String, location: Location) {
        self.name = name
        self.location = location
    }

    override func render(_ renderer: inout Renderer) throws(TemplateError) {
        try renderer.renderInclude(name, at: location)
    }
}

/// `{% block name %}`: where the most derived definition of the block goes.
final class BlockNode: Node, @unchecked Sendable {
    let name: String
    let location: Location
    init(name: String, location: Location) {
        self.name = name
        self.location = location
    }

    override func render(_ renderer: inout Renderer) throws(TemplateError) {
        try renderer.renderBlock(name, definition: 0, at: location)
    }
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
