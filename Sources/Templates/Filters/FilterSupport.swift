import Foundation

// Small helpers shared by the standard filters: messages that name the
// filter and the kind it got, argument access that never traps, and the
// printed form of scalar values.

extension Value {
    /// The kind with an article, for sentences: `text`, `an integer`, `a release`.
    var kindPhrase: String {
        guard case .object(let object) = self else { return kindName }
        let name = object.typeName
        let article = name.first.map { "aeiouAEIOU".contains($0) } == true ? "an" : "a"
        return "\(article) \(name)"
    }

    /// How `{{ }}` prints a scalar: text as it is, integers and decimals in
    /// plain digits (`1234.5`, never an exponent or a locale's separators),
    /// `true`/`false`, none as nothing. Nil for dates, lists, maps and objects,
    /// which have no single printed form.
    var printedText: String? {
        switch self {
        case .none: ""
        case .bool(let value): value ? "true" : "false"
        case .integer(let value): String(value)
        case .decimal(let value): value.description
        case .text(let text), .safe(let text): text
        case .date, .list, .map, .object: nil
        }
    }
}

extension FilterError {
    /// `"limit" needs a list, not text`.
    static func needs(_ filter: String, _ what: String, got value: Value, hint: String? = nil) -> FilterError {
        FilterError("\"\(filter)\" needs \(what), not \(value.kindPhrase)", hint: hint)
    }
}

/// Reading filter input and arguments with messages instead of traps. The
/// engine checks argument counts and literal kinds when templates load; a
/// variable argument of the wrong kind still arrives here.
enum FilterInput {
    static func argument(_ arguments: [Value], _ index: Int, of filter: String) throws(FilterError) -> Value {
        guard index < arguments.count else {
            throw FilterError("\"\(filter)\" needs argument \(index + 1), but was given \(arguments.count)")
        }
        return arguments[index]
    }

    static func text(_ arguments: [Value], _ index: Int, of filter: String, naming what: String) throws(FilterError) -> String {
        let value = try argument(arguments, index, of: filter)
        guard let text = value.textValue else { throw .needs(filter, "text as its \(what)", got: value) }
        return text
    }

    static func list(_ input: Value, of filter: String, hint: String? = nil) throws(FilterError) -> [Value] {
        guard case .list(let items) = input else { throw .needs(filter, "a list", got: input, hint: hint) }
        return items
    }
}
