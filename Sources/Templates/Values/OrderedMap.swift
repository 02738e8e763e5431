/// A map from text keys to values that keeps the order keys were added in,
/// so a theme loops over them in the order the data gives.
public struct OrderedMap: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    public private(set) var keys: [String] = []
    private var values: [String: Value] = [:]

    public init() {}

    public init(dictionaryLiteral elements: (String, Value)...) {
        for (key, value) in elements {
            self[key] = value
        }
    }

    public init(_ pairs: some Sequence<(String, Value)>) {
        for (key, value) in pairs {
            self[key] = value
        }
    }

    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }

    public subscript(key: String) -> Value? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil {
                    keys.append(key)
                }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// The pairs in order.
    public var pairs: [(key: String, value: Value)] {
        keys.map { ($0, values[$0] ?? .none) }
    }

    public static func == (lhs: OrderedMap, rhs: OrderedMap) -> Bool {
        lhs.keys == rhs.keys && lhs.values == rhs.values
    }
}
