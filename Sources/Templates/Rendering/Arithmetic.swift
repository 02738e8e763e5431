import Foundation

/// What the operators do: numbers for `+ - * / %`, text for `~`, any two
/// values for `==`, ordered values for `<`, membership for `in`.
enum Arithmetic {
    static func apply(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, at location: Location, renderer: Renderer) throws(TemplateError) -> Value {
        switch op {
        case .equal: return .bool(lhs == rhs)
        case .notEqual: return .bool(lhs != rhs)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let order = compare(lhs, rhs, renderer.environment) else {
                throw renderer.fail("cannot compare \(lhs.kindName) with \(rhs.kindName)", at: location)
            }
            let holds = switch op {
            case .less: order == .orderedAscending
            case .lessOrEqual: order != .orderedDescending
            case .greater: order == .orderedDescending
            default: order != .orderedAscending
            }
            return .bool(holds)
        case .contains, .notContains:
            guard let found = contains(rhs, lhs) else {
                throw renderer.fail("\"in\" needs a list, a map or text on its right, not \(rhs.kindName)", at: location)
            }
            return .bool(found == (op == .contains))
        case .concatenate:
            guard let left = lhs.printedText, let right = rhs.printedText else {
                let culprit = lhs.printedText == nil ? lhs : rhs
                throw renderer.fail("\"~\" joins text, and \(culprit.kindName) is not text", at: location)
            }
            if case .safe = lhs, case .safe = rhs {
                return .safe(left + right)
            }
            return .text(left + right)
        case .add, .subtract, .multiply, .divide, .remainder:
            return try number(op, lhs, rhs, at: location, renderer: renderer)
        }
    }

    static func negate(_ value: Value, at location: Location, renderer: Renderer) throws(TemplateError) -> Value {
        switch value {
        case .integer(let number) where number != .min: return .integer(-number)
        case .decimal(let number): return .decimal(-number)
        default: throw renderer.fail("cannot negate \(value.kindName)", at: location)
        }
    }

    private static func number(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, at location: Location, renderer: Renderer) throws(TemplateError) -> Value {
        if case .integer(let a) = lhs, case .integer(let b) = rhs {
            let result: (partialValue: Int, overflow: Bool)
            switch op {
            case .add: result = a.addingReportingOverflow(b)
            case .subtract: result = a.subtractingReportingOverflow(b)
            case .multiply: result = a.multipliedReportingOverflow(by: b)
            case .remainder:
                guard b != 0 else { throw renderer.fail("division by zero", at: location) }
                result = a.remainderReportingOverflow(dividingBy: b)
            default:
                guard b != 0 else { throw renderer.fail("division by zero", at: location) }
                if a % b == 0 {
                    result = a.dividedReportingOverflow(by: b)
                } else {
                    return .decimal(Decimal(a) / Decimal(b))
                }
            }
            guard !result.overflow else {
                // Past Int's range the exact answer is still a decimal.
                return try number(op, .decimal(Decimal(a)), .decimal(Decimal(b)), at: location, renderer: renderer)
            }
            return .integer(result.partialValue)
        }
        guard let a = decimal(lhs), let b = decimal(rhs) else {
            let culprit = decimal(lhs) == nil ? lhs : rhs
            let hint = op == .add && (lhs.textValue != nil || rhs.textValue != nil) ? "to join text, use ~" : nil
            throw renderer.fail("\"\(op.rawValue)\" works on numbers, not \(culprit.kindName)", at: location, hint: hint)
        }
        switch op {
        case .add: return .decimal(a + b)
        case .subtract: return .decimal(a - b)
        case .multiply: return .decimal(a * b)
        case .divide:
            guard !b.isZero else { throw renderer.fail("division by zero", at: location) }
            return .decimal(a / b)
        default:
            throw renderer.fail("\"%\" works on integers, not decimal numbers", at: location)
        }
    }

    private static func decimal(_ value: Value) -> Decimal? {
        switch value {
        case .integer(let number): Decimal(number)
        case .decimal(let number): number
        default: nil
        }
    }

    /// The order of two values of kinds that have one, else nil.
    static func compare(_ lhs: Value, _ rhs: Value, _ environment: RenderEnvironment) -> ComparisonResult? {
        if let a = decimal(lhs), let b = decimal(rhs) {
            return a < b ? .orderedAscending : (a > b ? .orderedDescending : .orderedSame)
        }
        if let a = lhs.textValue, let b = rhs.textValue {
            if environment.textOrder(a, b) { return .orderedAscending }
            return environment.textOrder(b, a) ? .orderedDescending : .orderedSame
        }
        if case .date(let a) = lhs, case .date(let b) = rhs {
            return a.compare(b)
        }
        return nil
    }

    private static func contains(_ container: Value, _ element: Value) -> Bool? {
        switch container {
        case .list(let items): items.contains(element)
        case .map(let map): element.textValue.map { map[$0] != nil } ?? false
        case .text(let text), .safe(let text): element.textValue.map { $0.isEmpty || text.contains($0) }
        case .none: false
        default: nil
        }
    }
}
