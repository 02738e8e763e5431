/// A map from text keys to values that keeps the order keys were added in,
/// so a theme loops over them in the order the data gives.
///
/// Small maps (the usual: a menu item, a site's settings) are searched
/// straight through, which beats hashing a string; a map that grows past
/// ``indexThreshold`` keys builds an index.
public struct OrderedMap: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var entries: [(key: String, value: Value)] = []
    private var index: [String: Int]?

    static let indexThreshold = 12

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

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }
    public var keys: [String] { entries.map(\.key) }

    /// The pairs in order.
    public var pairs: [(key: String, value: Value)] { entries }

    private func position(of key: String) -> Int? {
        if let index {
            return index[key]
        }
        return entries.firstIndex { $0.key == key }
    }

    public subscript(key: String) -> Value? {
        get { position(of: key).map { entries[$0].value } }
        set {
            switch (position(of: key), newValue) {
            case let (position?, value?):
                entries[position].value = value
            case let (nil, value?):
                entries.append((key, value))
                if index != nil {
                    index?[key] = entries.count - 1
                } else if entries.count > Self.indexThreshold {
                    index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0) })
                }
            case let (position?, nil):
                entries.remove(at: position)
                index = entries.count > Self.indexThreshold
                    ? Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0) }) : nil
            case (nil, nil):
                break
            }
        }
    }

    public static func == (lhs: OrderedMap, rhs: OrderedMap) -> Bool {
        lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
