import Diagnostics
/// An expression inside a tag, parsed once and evaluated on every page.
///
/// Each kind is a final class that evaluates itself: reading its own parts
/// costs nothing, where matching on an indirect enum copied them for every
/// evaluation of every page.
protocol Expression: AnyObject, Sendable {
    /// Where the expression starts, for messages; nil for literals.
    var location: Location? { get }
    /// How the expression reads in a message: `page.title`, `items[0]`.
    var display: String { get }
    func evaluate(_ renderer: inout Renderer) throws(TemplateError) -> Value
}

extension Expression {
    var location: Location? { nil }
    var display: String { "the value" }
}

final class Literal: Expression {
    let value: Value
    init(_ value: Value) { self.value = value }

    var display: String {
        switch value {
        case .text(let text): "\"\(text)\""
        case .integer(let number): String(number)
        default: "the value"
        }
    }

    func evaluate(_ renderer: inout Renderer) -> Value { value }
}

final class Name: Expression {
    let name: String
    let symbol: Int
    let location: Location?
    init(_ name: String, _ symbol: Int, _ location: Location) {
        self.name = name
        self.symbol = symbol
        self.location = location
    }

    var display: String { name }

    func evaluate(_ renderer: inout Renderer) throws(TemplateError) -> Value {
        guard let value = renderer.scope.lookup(symbol) else {
            throw renderer.undefined("unknown name \"\(name)\"", at: location, hint: Suggestion.hint(for: name, among: renderer.namesInScope))
        }
        return value
    }
}

final class Member: Expression {
    let base: any Expression
    /// The symbol of `base` when it is a plain name, as in `page.title`.
    let variable: Int?
    let name: String
    let location: Location?
    init(_ base: any Expression, _ name: String, _ location: Location) {
        self.base = base
        self.variable = (base as? Name)?.symbol
        self.name = name
        self.location = location
    }

    var display: String { "\(base.display).\(name)" }

    func evaluate(_ renderer: inout Renderer) throws(TemplateError) -> Value {
        if let variable, let field = renderer.scope.field(name, ofVariable: variable) {
            return field
        }
        // Anything else, and every error, the long way.
        let value = try base.evaluate(&renderer)
        // Read here rather than through `renderer.member`: a call on the
        // renderer copies it, and only the error needs it.
        if let field = value.field(name) { return field }
        throw renderer.missingField(value, name, of: base, at: location)
    }
}

final class Index: Expression {
    let base: any Expression
    let index: any Expression
    let location: Location?
    init(_ base: any Expression, _ index: any Expression, _ location: Location) {
        self.base = base
        self.index = index
        self.location = location
    }

    var display: String { "\(base.display)[\(index.display)]" }

    func evaluate(_ renderer: inout Renderer) throws(TemplateError) -> Value {
        let value = try base.evaluate(&renderer)
        let key = try index.evaluate(&renderer)
        return try renderer.subscripted(value, key, of: base, at: location)
    }
}

final class ListLiteral: Expression {
    let items: [any Expression]
    init(_ items: [any Expression]) { self.items = items }

    func evaluate(_ renderer: inout Renderer) throws(TemplateError) -> Value {
        var values = [Value]()
        values.reserveCapacity(items.count)
        for item in items {
            values.append(try item.evaluate(&renderer))
        }
        return .list(values)
    }
}

final class Not: Expression {
    let inner: any Expression
    init(_ inner: any Expression) { self.inner = inner }

    var location: Location? { inner.location }

    func evaluate(_ renderer: inout Renderer) throws(TemplateError) -> Value {
        .bool(!(try inner.evaluate(&renderer).isTruthy))
    }
}

final class Negate: Expression {
    let inner: any Expression
    let location: Location?
    init(_ inner: any Expression, _ location: Location) {
        self.inner = inner
        self.location = location
    }

    func evaluate(_ renderer: inout Renderer) throws(TemplateError) -> Value {
        let value = try inner.evaluate(&renderer)
        do throws(OperatorError) {
            return try Arithmetic.negate(value)
        } catch {
            throw renderer.fail(error.message, at: location, hint: error.hint)
        }
    }
}

/// `and` and `or`, which evaluate their right side only when it decides.
final class Logical: Expression {
    let isAnd: Bool
    let lhs: any Expression
    let rhs: any Expression
    init(and lhs: any Expression, _ rhs: any Expression) {
        (isAnd, self.lhs, self.rhs) = (true, lhs, rhs)
    }
    init(or lhs: any Expression, _ rhs: any Expression) {
        (isAnd, self.lhs, self.rhs) = (false, lhs, rhs)
    }

    var location: Location? { lhs.location }

    func evaluate(_ renderer: inout Renderer) throws(TemplateError) -> Value {
        let left = try lhs.evaluate(&renderer)
        return left.isTruthy == isAnd ? try rhs.evaluate(&renderer) : left
    }
}

final class Binary: Expression {
    let op: BinaryOperator
    let lhs: any Expression
    let rhs: any Expression
    let location: Location?
    init(_ op: BinaryOperator, _ lhs: any Expression, _ rhs: any Expression, _ location: Location) {
        self.op = op
        self.lhs = lhs
        self.rhs = rhs
        self.location = location
    }

    func evaluate(_ renderer: inout Renderer) throws(TemplateError) -> Value {
        let left = try lhs.evaluate(&renderer)
        let right = try rhs.evaluate(&renderer)
        do throws(OperatorError) {
            return try Arithmetic.apply(op, left, right, order: renderer.environment.textOrder)
        } catch {
            throw renderer.fail(error.message, at: location, hint: error.hint)
        }
    }
}

/// `is defined`, `is none`, and their `is not` forms.
final class Test: Expression {
    let inner: any Expression
    let kind: TestKind
    let negated: Bool
    let location: Location?
    init(_ inner: any Expression, _ kind: TestKind, negated: Bool, _ location: Location) {
        self.inner = inner
        self.kind = kind
        self.negated = negated
        self.location = location
    }

    func evaluate(_ renderer: inout Renderer) throws(TemplateError) -> Value {
        let result: Bool
        switch kind {
        case .defined:
            result = try renderer.evaluateLeniently(inner) != nil
        case .none:
            if case .none = try inner.evaluate(&renderer) { result = true } else { result = false }
        }
        return .bool(result != negated)
    }
}

final class FilterCall: Expression {
    let input: any Expression
    let filter: Filter
    /// The arguments when all are literals, worked out once; nil otherwise.
    /// Kept apart from `computed`, not in an enum, so a call hands the list
    /// straight to the filter: taking it out of an enum retained it.
    let constants: [Value]?
    let computed: [any Expression]
    let location: Location?
    init(_ input: any Expression, _ filter: Filter, _ arguments: FilterArguments, _ location: Location) {
        self.input = input
        self.filter = filter
        switch arguments {
        case .constant(let values): (constants, computed) = (values, [])
        case .computed(let expressions): (constants, computed) = (nil, expressions)
        }
        self.location = location
    }

    var display: String { "\(input.display) | \(filter.name)" }

    func evaluate(_ renderer: inout Renderer) throws(TemplateError) -> Value {
        let value = filter.acceptsUndefined ? (try renderer.evaluateLeniently(input) ?? .none) : try input.evaluate(&renderer)
        if let constants {
            return try call(with: value, constants, &renderer)
        }
        var values = [Value]()
        values.reserveCapacity(computed.count)
        for argument in computed {
            values.append(try argument.evaluate(&renderer))
        }
        return try call(with: value, values, &renderer)
    }

    private func call(with value: Value, _ arguments: [Value], _ renderer: inout Renderer) throws(TemplateError) -> Value {
        do throws(FilterError) {
            return try filter.body(value, arguments, renderer.environment)
        } catch {
            throw renderer.fail("\(filter.name): \(error.message)", at: location, hint: error.hint)
        }
    }
}

/// `super()` inside a block: the definition of the block it replaces.
final class SuperBlock: Expression {
    let location: Location?
    init(_ location: Location) { self.location = location }

    func evaluate(_ renderer: inout Renderer) throws(TemplateError) -> Value {
        try renderer.renderParentBlock(at: location)
    }
}
