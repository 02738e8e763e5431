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
    func kindPhrases() {
        #expect(Value.object(releases[0]).kindPhrase == "a release")
        struct Item: TemplateObject {
            var typeName: String { "item" }
            var fieldNames: [String] { [] }
            func field(_ name: String) -> Value? { nil }
        }
        #expect(Value.object(Item()).kindPhrase == "an item")
        #expect(Value.text("x").kindPhrase == "text")
    }
}
