/// Reads a key path such as `"date"` or `"bureau.name"` from an item: map
/// keys and ``TemplateObject`` fields, one dotted part at a time. The one
/// reader behind `sort`, `where`, `group_by` and `sum`, so they agree on
/// what a key means and fail with the same messages.
enum KeyPath {
    /// Fields listed in a hint before the list is cut short.
    static let listedFieldLimit = 20

    /// The value at `path` in `item`. A field that exists but is not set is
    /// `.none`, and so is the rest of a path through it (`bureau.name` when
    /// `bureau` is none), so `where` and `group_by` work on optional fields.
    /// A field that does not exist is an error naming the key and the fields
    /// there are.
    static func value(at path: String, in item: Value, filter: String) throws(FilterError) -> Value {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        guard !path.isEmpty, !parts.contains(where: \.isEmpty) else {
            throw FilterError(
                "\"\(filter)\" key \"\(path)\" is not a field name",
                hint: "write a field such as \"date\", or a dotted path such as \"bureau.name\""
            )
        }
        var current = item
        var walked: Substring = path.prefix(0)
        for part in parts {
            let name = String(part)
            // "a map in the list", or the path read so far: "\"bureau\" (a bureau)".
            let subject = walked.isEmpty ? "\(current.kindName) in the list" : "\"\(walked)\" (\(current.kindName))"
            switch current {
            case .map(let map):
                guard let next = map[name] else {
                    throw FilterError(
                        "\"\(filter)\" key \"\(path)\": \(subject) has no field \"\(name)\"",
                        hint: fieldsHint(map.keys, emptyKind: "map")
                    )
                }
                current = next
            case .object(let object):
                guard let next = object.field(name) else {
                    throw FilterError(
                        "\"\(filter)\" key \"\(path)\": \(subject) has no field \"\(name)\"",
                        hint: fieldsHint(object.fieldNames, emptyKind: object.typeName)
                    )
                }
                current = next
            case .none where !walked.isEmpty:
                // An optional field that is not set: the rest of the path is
                // not set either, as `bureau.name` of national news.
                return .none
            default:
                throw FilterError(
                    "\"\(filter)\" key \"\(path)\": \(subject) has no fields",
                    hint: "a key reads fields of maps and objects"
                )
            }
            walked = path[path.startIndex..<part.endIndex]
        }
        return current
    }

    private static func fieldsHint(_ names: [String], emptyKind: String) -> String {
        if names.isEmpty { return "the \(emptyKind) has no fields at all" }
        let shown = names.prefix(listedFieldLimit).map { "\"\($0)\"" }.joined(separator: ", ")
        let rest = names.count > listedFieldLimit ? " and \(names.count - listedFieldLimit) more" : ""
        return "the fields are \(shown)\(rest)"
    }
}
