import Foundation

/// A value in a template: what `{{ … }}` prints, `{% if %}` tests and
/// filters take and return.
///
/// The site layer gives typed models to templates as ``TemplateObject``s,
/// which are asked for a field only when a template reads it, so rendering
/// thousands of pages never copies the site model into dictionaries.
public enum Value: Sendable {
    /// Absent: an optional field that is not set. Falsy, prints as nothing.
    case none
    case bool(Bool)
    case integer(Int)
    /// Exact decimal numbers (money must not be binary floating point).
    /// Boxed: a `Decimal` is 20 bytes, and inline it made every value 21
    /// bytes, copied with `memcpy` on every lookup; rare in templates.
    indirect case decimal(Decimal)
    /// Text, escaped when printed.
    case text(String)
    /// HTML that is already safe (rendered Markdown, the `safe` filter): printed as it is.
    case safe(String)
    case date(Date)
    case list([Value])
    /// Keys in the order they were given.
    case map(OrderedMap)
    /// A model of the site layer, read field by field.
    case object(any TemplateObject)
}

/// A typed model exposed to templates without being copied: a page, a
/// bureau, the site. Fields are looked up by name when a template reads them.
///
/// Models are classes: one instance serves every page that shows it, and
/// handing it to a template costs a reference count, not a copy.
public protocol TemplateObject: AnyObject, Sendable {
    /// What the object is called in messages (`"page" has no field "titel"`
    /// names the variable; this names the kind, e.g. `release`).
    var typeName: String { get }
    /// The names of all fields, for "did you mean" suggestions.
    var fieldNames: [String] { get }
    /// The value of field `name`: nil when there is no such field (an error
    /// in a template), `.none` when the field exists but is not set.
    func field(_ name: String) -> Value?
}

extension Value {
    /// The kind of the value, as messages name it.
    public var kindName: String {
        switch self {
        case .none: "none"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .decimal: "a decimal number"
        case .text: "text"
        case .safe: "HTML"
        case .date: "a date"
        case .list: "a list"
        case .map: "a map"
        case .object(let object): ("aeiou".contains(object.typeName.prefix(1)) ? "an " : "a ") + object.typeName
        }
    }

    /// How `if` sees the value: none, false, zero, empty text and empty
    /// collections are false; everything else is true.
    public var isTruthy: Bool {
        switch self {
        case .none: false
        case .bool(let value): value
        case .integer(let value): value != 0
        case .decimal(let value): !value.isZero
        case .text(let text), .safe(let text): !text.isEmpty
        case .date, .object: true
        case .list(let items): !items.isEmpty
        case .map(let map): !map.isEmpty
        }
    }

    /// How `{{ }}` prints a scalar: text as it is, integers and decimals in
    /// plain digits (`1234.5`, never an exponent or a locale's separators),
    /// `true`/`false`, none as nothing. Nil for dates, lists, maps and objects,
    /// which have no single printed form.
    public var printedText: String? {
        switch self {
        case .none: ""
        case .bool(let value): value ? "true" : "false"
        case .integer(let value): String(value)
        case .decimal(let value): value.description
        case .text(let text), .safe(let text): text
        case .date, .list, .map, .object: nil
        }
    }

    /// The text of a text value or safe HTML, nil for anything else.
    public var textValue: String? {
        switch self {
        case .text(let text), .safe(let text): text
        default: nil
        }
    }

    /// The field `name` of an object or a map; nil when it has no such
    /// field, and for values of any other kind.
    func field(_ name: String) -> Value? {
        switch self {
        case .object(let object): object.field(name)
        case .map(let map): map[name]
        default: nil
        }
    }

    /// The items of a list, nil for anything else.
    public var listValue: [Value]? {
        if case .list(let items) = self { items } else { nil }
    }
}

extension Value: Equatable {
    /// Equal values of the same kind; an integer equals the same decimal;
    /// text equals safe HTML with the same characters; objects are never equal.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.none, .none): true
        case let (.bool(a), .bool(b)): a == b
        case let (.integer(a), .integer(b)): a == b
        case let (.decimal(a), .decimal(b)): a == b
        case let (.integer(a), .decimal(b)), let (.decimal(b), .integer(a)): Decimal(a) == b
        case let (.text(a), .text(b)), let (.safe(a), .safe(b)), let (.text(a), .safe(b)), let (.safe(a), .text(b)):
            a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case let (.date(a), .date(b)): a == b
        case let (.list(a), .list(b)): a == b
        case let (.map(a), .map(b)): a == b
        default: false
        }
    }
}
