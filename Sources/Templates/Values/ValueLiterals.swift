/// Values written as Swift literals, for the site layer and tests:
///
/// ```swift
/// let menu: Value = [["title": "ข่าว", "url": "/news/"], ["title": "แผนงาน", "url": "/plans/2556/"]]
/// ```
///
/// A dictionary literal keeps the order it is written in.
extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) {
        self = .text(value)
    }

    public init(integerLiteral value: Int) {
        self = .integer(value)
    }

    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }

    public init(arrayLiteral elements: Value...) {
        self = .list(elements)
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .map(OrderedMap(elements))
    }

    public init(nilLiteral: ()) {
        self = .none
    }
}
