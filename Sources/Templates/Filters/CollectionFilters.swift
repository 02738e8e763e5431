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
        var keys: [Value] = []
        keys.reserveCapacity(items.count)
        let textOrder = environment.textOrder
        for item in items {
            let key = try path.map { path throws(FilterError) in try KeyPath.value(at: path, in: item, filter: "sort") } ?? item
            try checkSortable(key, path: path)
            if let first = keys.first, Arithmetic.compare(first, key, order: textOrder) == nil {
                throw FilterError(
                    "\"sort\" cannot compare \(first.kindName) with \(key.kindName)",
                    hint: path.map { "every item's \"\($0)\" must be of one kind: numbers, dates or text" }
                        ?? "the items must be of one kind: numbers, dates or text"
                )
            }
            keys.append(key)
        }
        // The same order as `<` in templates. Swift's sort is stable (SE-0372).
        let order = keys.indices.sorted { Arithmetic.compare(keys[$0], keys[$1], order: textOrder) == .orderedAscending }
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

/// `sort` orders numbers, dates and text; anything else is an error that
/// says which items are the trouble.
private func checkSortable(_ value: Value, path: String?) throws(FilterError) {
    switch value {
    case .integer, .decimal, .date, .text, .safe:
        return
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
