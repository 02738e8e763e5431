import Foundation

/// Why an operator could not be applied; the renderer adds the place.
struct OperatorError: Error {
    let message: String
    var hint: String?
}

/// What the operators do: numbers for `+ - * / %`, text for `~`, any two
/// values for `==`, ordered values for `<`, membership for `in`.
enum Arithmetic {
    static func apply(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, order: (String, String) -> Bool) throws(OperatorError) -> Value {
        switch op {
        case .equal: return .bool(lhs == rhs)
        case .notEqual: return .bool(lhs != rhs)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let comparison = compare(lhs, rhs, order: order) else {
                throw OperatorError(message: "cannot compare \(lhs.kindName) with \(rhs.kindName)")
            }
            let holds = switch op {
            case .less: comparison == .orderedAscending
            case .lessOrEqual: comparison != .orderedDescending
            case .greater: comparison == .orderedDescending
            default: comparison != .orderedAscending
            }
            return .bool(holds)
        case .contains, .notContains:
            guard let found = contains(rhs, lhs) else {
                throw OperatorError(message: "\"in\" needs a list, a map or text on its right, not \(rhs.kindName)")
            }
            return .bool(found == (op == .contains))
        case .concatenate:
            guard let left = lhs.printedText, let right = rhs.printedText else {
                let culprit = lhs.printedText == nil ? lhs : rhs
                throw OperatorError(message: "\"~\" joins text, and \(culprit.kindName) is not text")
            }
            if case .safe = lhs, case .safe = rhs {
                return .safe(left + right)
            }
            return .text(left + right)
        case .add, .subtract, .multiply, .divide, .remainder:
            return try number(op, lhs, rhs)
        }
    }

    static func negate(_ value: Value) throws(OperatorError) -> Value {
        switch value {
        case .integer(let number) where number != .min: return .integer(-number)
        case .integer(let number): return .decimal(-Decimal(number))
        case .decimal(let number): return .decimal(-number)
        default: throw OperatorError(message: "cannot negate \(value.kindName)")
        }
    }

    private static func number(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(OperatorError) -> Value {
        if case .integer(let a) = lhs, case .integer(let b) = rhs {
            let result: (partialValue: Int, overflow: Bool)
            switch op {
            case .add: result = a.addingReportingOverflow(b)
            case .subtract: result = a.subtractingReportingOverflow(b)
            case .multiply: result = a.multipliedReportingOverflow(by: b)
            case .remainder:
                guard b != 0 else { throw OperatorError(message: "division by zero") }
                result = a.remainderReportingOverflow(dividingBy: b)
            default:
                guard b != 0 else { throw OperatorError(message: "division by zero") }
                if a % b == 0 {
                    result = a.dividedReportingOverflow(by: b)
                } else {
                    return .decimal(Decimal(a) / Decimal(b))
                }
            }
            guard !result.overflow else {
                // Past Int's range the exact answer is still a decimal.
                return try number(op, .decimal(Decimal(a)), .decimal(Decimal(b)))
            }
            return .integer(result.partialValue)
        }
        guard let a = decimal(lhs), let b = decimal(rhs) else {
            let culprit = decimal(lhs) == nil ? lhs : rhs
            let hint = op == .add && (lhs.textValue != nil || rhs.textValue != nil) ? "to join text, use ~" : nil
            throw OperatorError(message: "\"\(op.rawValue)\" works on numbers, not \(culprit.kindName)", hint: hint)
        }
        switch op {
        case .add: return .decimal(a + b)
        case .subtract: return .decimal(a - b)
        case .multiply: return .decimal(a * b)
        case .divide:
            guard !b.isZero else { throw OperatorError(message: "division by zero") }
            return .decimal(a / b)
        default:
            throw OperatorError(message: "\"%\" works on integers, not decimal numbers")
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
    static func compare(_ lhs: Value, _ rhs: Value, order: (String, String) -> Bool) -> ComparisonResult? {
        if let a = decimal(lhs), let b = decimal(rhs) {
            return a < b ? .orderedAscending : (a > b ? .orderedDescending : .orderedSame)
        }
        if let a = lhs.textValue, let b = rhs.textValue {
            if order(a, b) { return .orderedAscending }
            return order(b, a) ? .orderedDescending : .orderedSame
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
