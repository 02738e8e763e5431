import Foundation
import Testing

@testable import Templates

@Suite("The standard filter set")
struct FilterTests {
    static let arities: [(String, ClosedRange<Int>, [Filter.ArgumentKind])] = [
        ("escape", 0...0, []), ("safe", 0...0, []), ("default", 1...1, []),
        ("length", 0...0, []), ("first", 0...0, []), ("last", 0...0, []),
        ("join", 1...1, [.text]), ("sort", 0...1, [.text]), ("reverse", 0...0, []),
        ("limit", 1...1, [.integer]), ("where", 2...2, [.text, .any]), ("group_by", 1...1, [.text]),
        ("sum", 0...1, [.text]), ("upper", 0...0, []), ("lower", 0...0, []),
        ("json", 0...0, []), ("date", 1...1, [.text]), ("iso", 0...0, []),
    ]

    @Test("every generic filter of templates.md, once")
    func names() {
        let names = StandardFilters.all.map(\.name)
        #expect(Set(names).count == names.count, "no name twice")
        #expect(names.sorted() == Self.arities.map(\.0).sorted())
        #expect(FilterRegistry.standard.names == names.sorted())
    }

    @Test("arity and argument kinds", arguments: arities)
    func arity(name: String, arguments: ClosedRange<Int>, kinds: [Filter.ArgumentKind]) throws {
        let filter = try #require(FilterRegistry.standard[name])
        #expect(filter.arguments == arguments)
        #expect(filter.argumentKinds == kinds)
    }

    @Test("every summary is one line with an example", arguments: StandardFilters.all.map(\.name))
    func summary(name: String) throws {
        let filter = try #require(FilterRegistry.standard[name])
        #expect(!filter.summary.contains("\n"))
        #expect(filter.summary.contains("`"), "an example in backquotes")
        #expect(filter.summary.contains(name), "the example uses the filter")
    }

    @Test("a missing argument is an error, not a crash")
    func missingArguments() {
        #expect(failure("default", .none) == FilterError("\"default\" needs argument 1, but was given 0"))
        #expect(failure("limit", integers(1)) == FilterError("\"limit\" needs argument 1, but was given 0"))
        #expect(failure("where", integers(1), [.text("a")]) == FilterError("\"where\" needs argument 2, but was given 1"))
    }

    @Test("kinds are named with an article in messages")
    func kindNames() {
        #expect(Value.object(releases[0]).kindName == "a release")
        final class Item: TemplateObject {
            var typeName: String { "item" }
            var fieldNames: [String] { [] }
            func field(_ name: String) -> Value? { nil }
        }
        #expect(Value.object(Item()).kindName == "an item")
        #expect(Value.text("x").kindName == "text")
    }
}

// Calling filters the way the engine will, plus test doubles for typed models.

let bangkok = RenderEnvironment(timeZone: TimeZone(identifier: "Asia/Bangkok")!)
let utc = RenderEnvironment(timeZone: TimeZone(identifier: "UTC")!)

/// 2012-09-20T10:00:00+07:00, 03:00 in UTC.
let announcement = Date(timeIntervalSince1970: 1_348_110_000)
/// 2012-09-20T20:30:05Z: already the 21st in Bangkok.
let lateEvening = Date(timeIntervalSince1970: 1_348_173_005)

/// Runs the standard filter `name`.
func apply(_ name: String, _ input: Value, _ arguments: Value..., environment: RenderEnvironment = bangkok) throws(FilterError) -> Value {
    guard let filter = FilterRegistry.standard[name] else {
        throw FilterError("test asked for unknown filter \(name)")
    }
    return try filter.body(input, arguments, environment)
}

/// The error `name` fails with, or nil when it succeeds.
func failure(_ name: String, _ input: Value, _ arguments: [Value] = [], environment: RenderEnvironment = bangkok) -> FilterError? {
    do {
        _ = try FilterRegistry.standard[name]!.body(input, arguments, environment)
        return nil
    } catch {
        return error
    }
}

func texts(_ items: String...) -> Value { .list(items.map(Value.text)) }
func integers(_ items: Int...) -> Value { .list(items.map(Value.integer)) }
func decimal(_ text: String) -> Value { .decimal(Decimal(string: text)!) }

/// A bureau, as the site layer would expose it.
final class BureauDouble: TemplateObject {
    let code: String
    let name: String

    init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    var typeName: String { "bureau" }
    var fieldNames: [String] { ["code", "name"] }
    func field(_ name: String) -> Value? {
        switch name {
        case "code": .text(code)
        case "name": .text(self.name)
        default: nil
        }
    }
}

/// A news release; `bureau` is optional, as it is for national news.
final class ReleaseDouble: TemplateObject {
    let title: String
    let date: Date
    let bureau: BureauDouble?
    let views: Int

    init(title: String, date: Date, bureau: BureauDouble?, views: Int = 0) {
        self.title = title
        self.date = date
        self.bureau = bureau
        self.views = views
    }
    var typeName: String { "release" }
    var fieldNames: [String] { ["title", "date", "bureau", "views"] }
    func field(_ name: String) -> Value? {
        switch name {
        case "title": .text(title)
        case "date": .date(date)
        case "bureau": bureau.map { .object($0) } ?? Value.none
        case "views": .integer(views)
        default: nil
        }
    }
}

extension Value {
    /// The titles of a list of releases or maps with "title", to compare order.
    var titles: [String] {
        (listValue ?? []).map { item in
            switch item {
            case .object(let object): object.field("title")?.textValue ?? "?"
            case .map(let map): map["title"]?.textValue ?? "?"
            default: "?"
            }
        }
    }
}
