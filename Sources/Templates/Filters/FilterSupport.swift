import Foundation

// Small helpers shared by every filter, the engine's and the site's:
// messages that name the filter and the kind it got, and argument access
// that never traps.

extension FilterError {
    /// `"limit" needs a list, not text`.
    public static func needs(_ filter: String, _ what: String, got value: Value, hint: String? = nil) -> FilterError {
        FilterError("\"\(filter)\" needs \(what), not \(value.kindName)", hint: hint)
    }
}

/// Reading filter input and arguments with messages instead of traps. The
/// engine checks argument counts and literal kinds when templates load; a
/// variable argument of the wrong kind still arrives here.
public enum FilterInput {
    public static func argument(_ arguments: [Value], _ index: Int, of filter: String) throws(FilterError) -> Value {
        guard index < arguments.count else {
            throw FilterError("\"\(filter)\" needs argument \(index + 1), but was given \(arguments.count)")
        }
        return arguments[index]
    }

    public static func text(_ arguments: [Value], _ index: Int, of filter: String, naming what: String) throws(FilterError) -> String {
        let value = try argument(arguments, index, of: filter)
        guard let text = value.textValue else { throw .needs(filter, "text as its \(what)", got: value) }
        return text
    }

    public static func list(_ input: Value, of filter: String, hint: String? = nil) throws(FilterError) -> [Value] {
        guard case .list(let items) = input else { throw .needs(filter, "a list", got: input, hint: hint) }
        return items
    }
}
