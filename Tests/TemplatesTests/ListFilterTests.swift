import Foundation
import Testing

@testable import Templates

@Suite("List filters")
struct ListFilterTests {
    @Test("length counts items, keys and characters as readers see them", arguments: [
        (texts("a", "b", "c"), 3),
        (.list([]), 0),
        (.map(["a": .integer(1), "b": .integer(2)]), 2),
        (.text("ข่าว"), 3),  // ข่ า ว: the tone mark belongs to its consonant
        (.safe("🇹🇭"), 1),
        (.text(""), 0),
    ])
    func length(input: Value, expected: Int) throws {
        #expect(try apply("length", input) == .integer(expected))
    }

    @Test("length needs something with a length")
    func lengthError() {
        #expect(failure("length", .integer(5)) == FilterError("\"length\" needs a list, a map or text, not an integer"))
        #expect(failure("length", .object(BureauDouble(code: "nbt", name: "สวท."))) == FilterError("\"length\" needs a list, a map or text, not a bureau"))
    }

    @Test("first and last", arguments: [
        ("first", texts("ก", "ข", "ค"), Value.text("ก")),
        ("last", texts("ก", "ข", "ค"), .text("ค")),
        ("first", .list([]), .none),
        ("last", .list([]), .none),
        ("first", .text("ข่าว"), .text("ข่")),
        ("last", .text("ข่าว"), .text("ว")),
        ("first", .text(""), .none),
        ("last", .safe("<b>"), .text(">")),
    ])
    func ends(filter: String, input: Value, expected: Value) throws {
        #expect(try apply(filter, input) == expected)
    }

    @Test("a character cut from HTML is text, not safe")
    func endOfHTMLIsText() throws {
        guard case .text("<") = try apply("first", .safe("<b>")) else {
            Issue.record("expected text")
            return
        }
    }

    @Test("first and last need a list or text")
    func endsError() {
        #expect(failure("first", .map([:])) == FilterError("\"first\" needs a list or text, not a map"))
        #expect(failure("last", .integer(1)) == FilterError("\"last\" needs a list or text, not an integer"))
    }

    @Test("join prints text, numbers and booleans", arguments: [
        (texts("การเมือง", "เศรษฐกิจ"), Value.text(", "), Value.text("การเมือง, เศรษฐกิจ")),
        (.list([.integer(1), decimal("2.50"), .bool(true), .text("x")]), .text("/"), .text("1/2.5/true/x")),
        (.list([]), .text(", "), .text("")),
        (texts("a&b"), .text(" & "), .text("a&b")),
        (.list([.text("a"), .none, .text("b")]), .text("-"), .text("a--b")),
    ])
    func join(list: Value, separator: Value, expected: Value) throws {
        let result = try apply("join", list, separator)
        #expect(result == expected)
        if case .text = result {} else { Issue.record("without HTML the result is text") }
    }

    @Test("join of safe items with a safe separator is safe")
    func joinSafe() throws {
        let result = try apply("join", .list([.safe("<b>ก</b>"), .safe("<i>ข</i>"), .integer(3)]), .safe("<br>"))
        guard case .safe("<b>ก</b><br><i>ข</i><br>3") = result else {
            Issue.record("expected safe HTML, got \(result)")
            return
        }
    }

    @Test("join of safe and plain text escapes the text and keeps the HTML")
    func joinMixed() throws {
        let result = try apply("join", .list([.safe("<b>ก</b>"), .text("a<b")]), .text(" & "))
        guard case .safe("<b>ก</b> &amp; a&lt;b") = result else {
            Issue.record("expected escaped text around the HTML, got \(result)")
            return
        }
        let safeSeparator = try apply("join", texts("x>y"), .safe("<br>"))
        guard case .safe("x&gt;y") = safeSeparator else {
            Issue.record("expected escaped text, got \(safeSeparator)")
            return
        }
    }

    @Test("join refuses what it cannot print")
    func joinErrors() {
        let hint = "join takes text, numbers and booleans; pick a field of each item first"
        #expect(
            failure("join", .list([.text("a"), integers(1)]), [.text(",")])
                == FilterError("\"join\" cannot print a list, item 2 of the list", hint: hint))
        #expect(
            failure("join", .list([.map(["a": .integer(1)])]), [.text(",")])
                == FilterError("\"join\" cannot print a map, item 1 of the list", hint: hint))
        #expect(
            failure("join", .list([.object(BureauDouble(code: "c", name: "n"))]), [.text(",")])
                == FilterError("\"join\" cannot print a bureau, item 1 of the list", hint: hint))
        #expect(
            failure("join", .list([.date(announcement)]), [.text(",")])
                == FilterError("\"join\" cannot print a date, item 1 of the list", hint: hint))
        #expect(failure("join", .text("abc"), [.text(",")]) == FilterError("\"join\" needs a list, not text"))
        #expect(failure("join", texts("a"), [.integer(1)]) == FilterError("\"join\" needs text as its separator, not an integer"))
    }

    @Test("reverse", arguments: [
        (integers(1, 2, 3), integers(3, 2, 1)),
        (.list([]), .list([])),
        (.text("ข่าวดี"), .text("ดีวาข่")),  // ข่ า ว ดี: marks stay on their consonants
        (.safe("<b>"), .text(">b<")),
    ])
    func reverse(input: Value, expected: Value) throws {
        #expect(try apply("reverse", input) == expected)
    }

    @Test("reversed HTML is no longer safe")
    func reverseHTML() throws {
        guard case .text = try apply("reverse", .safe("<b>")) else {
            Issue.record("expected text")
            return
        }
        #expect(failure("reverse", .integer(12)) == FilterError("\"reverse\" needs a list or text, not an integer"))
    }

    @Test("limit keeps the first n items", arguments: [
        (2, integers(1, 2)),
        (0, .list([])),
        (3, integers(1, 2, 3)),
        (10, integers(1, 2, 3)),
    ])
    func limit(count: Int, expected: Value) throws {
        #expect(try apply("limit", integers(1, 2, 3), .integer(count)) == expected)
    }

    @Test("limit errors")
    func limitErrors() {
        #expect(failure("limit", integers(1), [.integer(-1)]) == FilterError("\"limit\" needs a count of 0 or more, not -1"))
        #expect(
            failure("limit", .text("ข่าว"), [.integer(2)])
                == FilterError("\"limit\" needs a list, not text", hint: "to shorten text, use \"truncate\""))
        #expect(failure("limit", .none, [.integer(2)]) == FilterError("\"limit\" needs a list, not none"))
        #expect(failure("limit", integers(1), [.text("2")]) == FilterError("\"limit\" needs an integer count, not text"))
        #expect(failure("limit", integers(1), [decimal("1.5")]) == FilterError("\"limit\" needs an integer count, not a decimal number"))
    }
}
