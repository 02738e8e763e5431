import Foundation

/// A filter: `{{ value | name(arguments) }}`.
///
/// The engine brings the generic filters (``FilterRegistry/standard``); the
/// site layer registers its own (Thai dates, money, links) the same way.
///
/// ```swift
/// var filters = FilterRegistry.standard
/// filters.register(Filter("shout", arguments: 0...0, summary: "upper case and !") { value, _, _ in
///     .text((value.textValue ?? "").uppercased() + "!")
/// })
/// ```
public struct Filter: Sendable {
    public typealias Body = @Sendable (_ input: Value, _ arguments: [Value], _ environment: RenderEnvironment) throws(FilterError) -> Value

    public let name: String
    /// How many arguments it takes; checked when templates load.
    public let arguments: ClosedRange<Int>
    /// The kind each argument must have, where the filter cares; a literal
    /// argument of another kind is an error when templates load.
    public let argumentKinds: [ArgumentKind]
    /// True for filters that give a value for a name that is not defined
    /// (`default`): the input is then `.none` instead of an error.
    public let acceptsUndefined: Bool
    /// One sentence, with an example, for documentation and `did you mean`.
    public let summary: String
    public let body: Body

    public init(
        _ name: String, arguments: ClosedRange<Int>, kinds: [ArgumentKind] = [], acceptsUndefined: Bool = false,
        summary: String, body: @escaping Body
    ) {
        self.name = name
        self.arguments = arguments
        self.argumentKinds = kinds
        self.acceptsUndefined = acceptsUndefined
        self.summary = summary
        self.body = body
    }

    /// The kinds an argument may be restricted to.
    public enum ArgumentKind: Sendable, Equatable {
        case any
        case text
        case integer
        /// An integer or a decimal.
        case number

        /// True when `value` has this kind.
        public func admits(_ value: Value) -> Bool {
            switch (self, value) {
            case (.any, _), (.text, .text), (.text, .safe), (.integer, .integer), (.number, .integer), (.number, .decimal): true
            default: false
            }
        }

        public var name: String {
            switch self {
            case .any: "any value"
            case .text: "text"
            case .integer: "an integer"
            case .number: "a number"
            }
        }
    }
}

/// Why a filter could not do its work: one sentence, and a hint when useful.
/// The engine adds the place in the template.
public struct FilterError: Error, Sendable, Equatable {
    public let message: String
    public let hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}

/// What a render may depend on besides its data, given explicitly so the
/// machine's zone and locale never leak into output.
public struct RenderEnvironment: Sendable {
    /// The zone dates are shown in by `date` and `iso`.
    public var timeZone: TimeZone {
        get { offsets.timeZone }
        set {
            offsets = ZoneOffsets(newValue)
            dates = DateTexts()
        }
    }
    /// The zone's offsets, remembered by day for every render that shares this environment.
    private(set) var offsets: ZoneOffsets
    /// Dates written by `date` and `iso` in this zone, for every render that shares this environment.
    private(set) var dates = DateTexts()
    /// The order `sort` puts text in; the site layer gives Thai collation.
    public var textOrder: @Sendable (String, String) -> Bool
    /// Largest page, in bytes, before rendering stops with an error.
    public var maximumOutputSize: Int
    /// Deepest nesting of includes, blocks and loops while rendering.
    public var maximumDepth: Int

    public init(
        timeZone: TimeZone,
        textOrder: @escaping @Sendable (String, String) -> Bool = { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) },
        maximumOutputSize: Int = 64 << 20,
        maximumDepth: Int = 200
    ) {
        self.offsets = ZoneOffsets(timeZone)
        self.textOrder = textOrder
        self.maximumOutputSize = maximumOutputSize
        self.maximumDepth = maximumDepth
    }
}

/// The filters templates can use, by name.
public struct FilterRegistry: Sendable {
    private(set) var filters: [String: Filter] = [:]

    public init() {}

    /// Adds `filter`, replacing one of the same name.
    public mutating func register(_ filter: Filter) {
        filters[filter.name] = filter
    }

    public subscript(name: String) -> Filter? {
        filters[name]
    }

    /// Every registered name, sorted, for suggestions.
    public var names: [String] {
        filters.keys.sorted()
    }
}
