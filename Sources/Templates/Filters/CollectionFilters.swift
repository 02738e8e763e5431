import Foundation

/// Filters that read a key path from each item of a list: sort, where,
/// group_by, sum. The key is read by ``KeyPath``.
enum CollectionFilters {
    static let all: [Filter] = [sort, `where`, groupBy, sum]

    /// Numbers (integers and decimals together), dates by time, text by the
    /// environment's text order; items that compare equal keep their order.
    static let sort = Filter(
        "sort", arguments: 0...1, kinds: [.text],
        summary: "Sorts a list by its values, or by a field of each item: `{{ news | sort(\"date\") }}`, `{{ plans | sort(\"bureau.name\") }}`."
    ) { input, arguments, environment throws(FilterError) in
        let items = try FilterInput.list(input, of: "sort")
        let path = arguments.isEmpty ? nil : try FilterInput.text(arguments, 0, of: "sort", naming: "key")
        var keys: [SortKey] = []
        keys.reserveCapacity(items.count)
        for item in items {
            let value = try path.map { path throws(FilterError) in try KeyPath.value(at: path, in: item, filter: "sort") } ?? item
            let key = try SortKey(value, path: path)
            if let firstKey = keys.first, let firstValue = firstKey.value, !firstKey.isComparable(with: key) {
                throw FilterError(
                    "\"sort\" cannot compare \(firstValue.kindName) with \(value.kindName)",
                    hint: path.map { "every item's \"\($0)\" must be of one kind: numbers, dates or text" }
                        ?? "the items must be of one kind: numbers, dates or text"
                )
            }
            keys.append(key)
        }
        let textOrder = environment.textOrder
        // Swift's sort is stable (SE-0372).
        let order = keys.indices.sorted { keys[$0].precedes(keys[$1], textOrder: textOrder) }
        return .list(order.map { items[$0] })
    }

    static let `where` = Filter(
        "where", arguments: 2...2, kinds: [.text, .any],
        summary: "The items whose field equals a value: `{{ news | where(\"bureau.code\", \"nbt\") }}`."
    ) { input, arguments, _ throws(FilterError) in
        let items = try FilterInput.list(input, of: "where")
        let path = try FilterInput.text(arguments, 0, of: "where", naming: "key")
        let wanted = try FilterInput.argument(arguments, 1, of: "where")
        var kept: [Value] = []
        for item in items where try KeyPath.value(at: path, in: item, filter: "where") == wanted {
            kept.append(item)
        }
        return .list(kept)
    }

    /// Each group is a map with two fields: `key`, the value shared, and
    /// `items`, the items with it, in their order. Groups come in the order
    /// their key first appears.
    static let groupBy = Filter(
        "group_by", arguments: 1...1, kinds: [.text],
        summary: "Groups a list by a field into maps of `key` and `items`, in order of first appearance: `{% for group in news | group_by(\"bureau.name\") %}{{ group.key }}: {{ group.items | length }}{% endfor %}`."
    ) { input, arguments, _ throws(FilterError) in
        let items = try FilterInput.list(input, of: "group_by")
        let path = try FilterInput.text(arguments, 0, of: "group_by", naming: "key")
        var groupKeys: [Value] = []
        var groupItems: [[Value]] = []
        for item in items {
            let key = try KeyPath.value(at: path, in: item, filter: "group_by")
            if case .object = key {
                // Objects are never equal, so each would be its own group.
                throw FilterError(
                    "\"group_by\" cannot group by \(key.kindName)",
                    hint: "group by one of its fields, such as \"\(path).name\""
                )
            }
            if let index = groupKeys.firstIndex(of: key) {
                groupItems[index].append(item)
            } else {
                groupKeys.append(key)
                groupItems.append([item])
            }
        }
        return .list(zip(groupKeys, groupItems).map { key, items in .map(["key": key, "items": .list(items)]) })
    }

    static let sum = Filter(
        "sum", arguments: 0...1, kinds: [.text],
        summary: "Adds up a list of numbers, or a field of each item (integer if all are integers): `{{ plan.projects | sum(\"budget\") }}`."
    ) { input, arguments, _ throws(FilterError) in
        let items = try FilterInput.list(input, of: "sum")
        let path = arguments.isEmpty ? nil : try FilterInput.text(arguments, 0, of: "sum", naming: "key")
        var values: [Value] = []
        values.reserveCapacity(items.count)
        var allIntegers = true
        for item in items {
            let value = try path.map { path throws(FilterError) in try KeyPath.value(at: path, in: item, filter: "sum") } ?? item
            switch value {
            case .integer: break
            case .decimal: allIntegers = false
            default:
                throw FilterError(
                    "\"sum\" can only add numbers, not \(value.kindName)",
                    hint: path.map { "every item's \"\($0)\" must be a number" }
                )
            }
            values.append(value)
        }
        if allIntegers {
            var total = 0
            for case .integer(let number) in values {
                let (next, overflow) = total.addingReportingOverflow(number)
                if overflow {
                    throw FilterError(
                        "\"sum\" is too large for an integer",
                        hint: "give the numbers as decimals to add them exactly"
                    )
                }
                total = next
            }
            return .integer(total)
        }
        var total = Decimal.zero
        for value in values {
            switch value {
            case .integer(let number): total += Decimal(number)
            case .decimal(let number): total += number
            default: break
            }
        }
        if total.isNaN { throw FilterError("\"sum\" is too large to add up, or adds a number that is not a number") }
        return .decimal(total)
    }
}

/// What `sort` compares: one of three kinds, read once per item.
private enum SortKey {
    case integer(Int)
    case decimal(Decimal)
    case date(Date)
    case text(String)

    init(_ value: Value, path: String?) throws(FilterError) {
        switch value {
        case .integer(let number): self = .integer(number)
        case .decimal(let number): self = .decimal(number)
        case .date(let date): self = .date(date)
        case .text(let text), .safe(let text): self = .text(text)
        case .none:
            throw FilterError(
                "\"sort\" cannot order none",
                hint: path.map { "some items have no \"\($0)\"; leave them out first, or give every item one" }
                    ?? "the list has items that are none"
            )
        default:
            throw FilterError(
                "\"sort\" cannot order \(value.kindName)",
                hint: "sort orders numbers, dates and text" + (path == nil ? "; to sort items, name a field: sort(\"date\")" : "")
            )
        }
    }

    /// The value again, for messages.
    var value: Value? {
        switch self {
        case .integer(let number): .integer(number)
        case .decimal(let number): .decimal(number)
        case .date(let date): .date(date)
        case .text(let text): .text(text)
        }
    }

    func isComparable(with other: SortKey) -> Bool {
        switch (self, other) {
        case (.integer, .integer), (.integer, .decimal), (.decimal, .integer), (.decimal, .decimal),
            (.date, .date), (.text, .text):
            true
        default: false
        }
    }

    func precedes(_ other: SortKey, textOrder: (String, String) -> Bool) -> Bool {
        switch (self, other) {
        case let (.integer(a), .integer(b)): a < b
        case let (.integer(a), .decimal(b)): Decimal(a) < b
        case let (.decimal(a), .integer(b)): a < Decimal(b)
        case let (.decimal(a), .decimal(b)): a < b
        case let (.date(a), .date(b)): a < b
        case let (.text(a), .text(b)): textOrder(a, b)
        default: false
        }
    }
}
