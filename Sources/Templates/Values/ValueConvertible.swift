import Foundation

/// A Swift value that can be given to a template.
///
/// ```swift
/// let context: [String: Value] = ["title": "ข่าว".templateValue, "count": 3.templateValue]
/// ```
public protocol ValueConvertible {
    var templateValue: Value { get }
}

extension Value: ValueConvertible {
    public var templateValue: Value { self }
}

extension String: ValueConvertible {
    public var templateValue: Value { .text(self) }
}

extension Substring: ValueConvertible {
    public var templateValue: Value { .text(String(self)) }
}

extension Int: ValueConvertible {
    public var templateValue: Value { .integer(self) }
}

extension Bool: ValueConvertible {
    public var templateValue: Value { .bool(self) }
}

extension Decimal: ValueConvertible {
    public var templateValue: Value { .decimal(self) }
}

extension Date: ValueConvertible {
    public var templateValue: Value { .date(self) }
}

extension Optional: ValueConvertible where Wrapped: ValueConvertible {
    public var templateValue: Value { self?.templateValue ?? .none }
}

extension Array: ValueConvertible where Element: ValueConvertible {
    public var templateValue: Value { .list(map(\.templateValue)) }
}

extension KeyValuePairs: ValueConvertible where Key == String, Value: ValueConvertible {
    /// A map in the order written, for data whose order matters.
    public var templateValue: Templates.Value { .map(OrderedMap(map { ($0.key, $0.value.templateValue) })) }
}

extension Dictionary: ValueConvertible where Key == String, Value: ValueConvertible {
    /// A map with keys in code point order: a dictionary has no order of its
    /// own, and output must be the same on every run.
    public var templateValue: Templates.Value {
        .map(OrderedMap(sorted { $0.key < $1.key }.map { ($0.key, $0.value.templateValue) }))
    }
}
