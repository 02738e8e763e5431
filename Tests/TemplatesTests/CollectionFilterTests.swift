import Foundation
import Testing

@testable import Templates

let chiangMai = BureauDouble(code: "cm", name: "เชียงใหม่")
let khonKaen = BureauDouble(code: "kk", name: "ขอนแก่น")

func day(_ number: Int) -> Date { Date(timeIntervalSince1970: 1_348_110_000 + Double(number) * 86_400) }

/// Releases in the order the data gives them.
let releases: [ReleaseDouble] = [
    ReleaseDouble(title: "r1", date: day(3), bureau: chiangMai, views: 10),
    ReleaseDouble(title: "r2", date: day(1), bureau: khonKaen, views: 5),
    ReleaseDouble(title: "r3", date: day(3), bureau: nil, views: 7),
    ReleaseDouble(title: "r4", date: day(2), bureau: chiangMai, views: 1),
]
let releaseList = Value.list(releases.map { .object($0) })

func item(_ title: String, _ fields: KeyValuePairs<String, Value>) -> Value {
    var map: OrderedMap = ["title": .text(title)]
    for (key, value) in fields { map[key] = value }
    return .map(map)
}

@Suite("Key paths")
struct KeyPathTests {
    @Test("reads map keys and object fields, dotted")
    func reads() throws {
        let nested: Value = .map(["a": .map(["b": .object(chiangMai)])])
        #expect(try KeyPath.value(at: "a.b.name", in: nested, filter: "sort") == .text("เชียงใหม่"))
        #expect(try KeyPath.value(at: "bureau.code", in: .object(releases[0]), filter: "sort") == .text("cm"))
        #expect(try KeyPath.value(at: "bureau", in: .object(releases[2]), filter: "sort") == .none)
        #expect(try KeyPath.value(at: "bureau.name", in: .object(releases[2]), filter: "sort") == .none, "a path through an unset field is unset")
        #expect(try KeyPath.value(at: "x", in: .map(["x": .none]), filter: "sort") == .none)
    }

    @Test("errors name the key and the fields there are", arguments: [
        ("titel", Value.object(releases[0]),
         FilterError("\"where\" key \"titel\": a release in the list has no field \"titel\"",
                     hint: "the fields are \"title\", \"date\", \"bureau\", \"views\"")),
        ("bureau.nmae", .object(releases[0]),
         FilterError("\"where\" key \"bureau.nmae\": \"bureau\" (a bureau) has no field \"nmae\"",
                     hint: "the fields are \"code\", \"name\"")),
        ("date", .map(["title": .text("x"), "when": .text("y")]),
         FilterError("\"where\" key \"date\": a map in the list has no field \"date\"",
                     hint: "the fields are \"title\", \"when\"")),
        ("date", .map([:]),
         FilterError("\"where\" key \"date\": a map in the list has no field \"date\"", hint: "the map has no fields at all")),
        ("a.b", .map(["a": .integer(3)]),
         FilterError("\"where\" key \"a.b\": \"a\" (an integer) has no fields", hint: "a key reads fields of maps and objects")),
        ("date", .text("x"),
         FilterError("\"where\" key \"date\": text in the list has no fields", hint: "a key reads fields of maps and objects")),
        ("", .map([:]),
         FilterError("\"where\" key \"\" is not a field name",
                     hint: "write a field such as \"date\", or a dotted path such as \"bureau.name\"")),
        ("a..b", .map([:]),
         FilterError("\"where\" key \"a..b\" is not a field name",
                     hint: "write a field such as \"date\", or a dotted path such as \"bureau.name\"")),
    ])
    func errors(path: String, item: Value, expected: FilterError) {
        #expect(throws: expected) { try KeyPath.value(at: path, in: item, filter: "where") }
    }

    @Test("a long list of fields is cut short")
    func manyFields() {
        let map = OrderedMap((1...25).map { ("f\($0)", Value.integer($0)) })
        let error = failure("sort", .list([.map(map)]), [.text("date")])
        #expect(error?.hint?.hasSuffix("\"f20\" and 5 more") == true)
    }
}

@Suite("Sort")
struct SortTests {
    @Test("sorts values", arguments: [
        (integers(3, 1, 2), integers(1, 2, 3)),
        (.list([.integer(2), decimal("1.5"), .integer(1), decimal("2.25"), decimal("-0.5")]),
         .list([decimal("-0.5"), .integer(1), decimal("1.5"), .integer(2), decimal("2.25")])),
        (texts("b", "a", "C"), texts("C", "a", "b")),
        (.list([.date(day(2)), .date(day(0)), .date(day(1))]), .list([.date(day(0)), .date(day(1)), .date(day(2))])),
        (.list([.safe("<b>"), .text("a")]), .list([.safe("<b>"), .text("a")])),
        (.list([]), .list([])),
    ])
    func values(input: Value, expected: Value) throws {
        #expect(try apply("sort", input) == expected)
    }

    @Test("text follows the environment's order")
    func textOrder() throws {
        let reversed = RenderEnvironment(timeZone: bangkok.timeZone, textOrder: { $0 > $1 })
        #expect(try apply("sort", texts("ก", "ค", "ข"), environment: reversed) == texts("ค", "ข", "ก"))
        #expect(try apply("sort", texts("ก", "ค", "ข")) == texts("ก", "ข", "ค"))
    }

    @Test("sorting by a field keeps equal items in their order")
    func stable() throws {
        #expect(try apply("sort", releaseList, .text("date")).titles == ["r2", "r4", "r1", "r3"])
        let maps = Value.list([
            item("a", ["n": .integer(2)]), item("b", ["n": decimal("1.0")]),
            item("c", ["n": .integer(2)]), item("d", ["n": .integer(1)]), item("e", ["n": decimal("2.0")]),
        ])
        #expect(try apply("sort", maps, .text("n")).titles == ["b", "d", "a", "c", "e"])
    }

    @Test("sorting by a dotted path through objects")
    func dotted() throws {
        let withBureau = Value.list(releases.filter { $0.bureau != nil }.map { .object($0) })
        #expect(try apply("sort", withBureau, .text("bureau.code")).titles == ["r1", "r4", "r2"])
    }

    @Test("sort errors", arguments: [
        (integers(1).appending(.text("2")), [Value](),
         FilterError("\"sort\" cannot compare an integer with text", hint: "the items must be of one kind: numbers, dates or text")),
        (Value.list([.date(day(0)), decimal("1.5")]), [],
         FilterError("\"sort\" cannot compare a date with a decimal number", hint: "the items must be of one kind: numbers, dates or text")),
        (.list([item("a", ["n": .integer(1)]), item("b", ["n": .text("x")])]), [.text("n")],
         FilterError("\"sort\" cannot compare an integer with text", hint: "every item's \"n\" must be of one kind: numbers, dates or text")),
        (releaseList, [.text("bureau.name")],
         FilterError("\"sort\" cannot order none", hint: "some items have no \"bureau.name\"; leave them out first, or give every item one")),
        (releaseList, [.text("bureau")],
         FilterError("\"sort\" cannot order a bureau", hint: "sort orders numbers, dates and text")),
        (.list([item("a", ["n": .none])]), [.text("n")],
         FilterError("\"sort\" cannot order none", hint: "some items have no \"n\"; leave them out first, or give every item one")),
        (.list([.bool(true)]), [],
         FilterError("\"sort\" cannot order a boolean", hint: "sort orders numbers, dates and text; to sort items, name a field: sort(\"date\")")),
        (releaseList, [],
         FilterError("\"sort\" cannot order a release", hint: "sort orders numbers, dates and text; to sort items, name a field: sort(\"date\")")),
        (releaseList, [.text("titel")],
         FilterError("\"sort\" key \"titel\": a release in the list has no field \"titel\"", hint: "the fields are \"title\", \"date\", \"bureau\", \"views\"")),
        (.text("cba"), [], FilterError("\"sort\" needs a list, not text")),
        (integers(1), [.integer(1)], FilterError("\"sort\" needs text as its key, not an integer")),
    ])
    func errors(input: Value, arguments: [Value], expected: FilterError) {
        #expect(failure("sort", input, arguments) == expected)
    }
}

extension Value {
    func appending(_ value: Value) -> Value { .list((listValue ?? []) + [value]) }
}

@Suite("where, group_by, sum")
struct SelectionFilterTests {
    @Test("where keeps the items whose field equals the value")
    func whereFilter() throws {
        #expect(try apply("where", releaseList, .text("bureau.code"), .text("cm")).titles == ["r1", "r4"])
        #expect(try apply("where", releaseList, .text("bureau"), .none).titles == ["r3"])
        #expect(try apply("where", releaseList, .text("bureau.name"), .none).titles == ["r3"])
        #expect(try apply("where", releaseList, .text("views"), decimal("7.0")).titles == ["r3"], "an integer equals the same decimal")
        #expect(try apply("where", releaseList, .text("title"), .safe("r2")).titles == ["r2"], "text equals HTML with the same characters")
        #expect(try apply("where", releaseList, .text("views"), .integer(99)) == .list([]))
        #expect(try apply("where", .list([]), .text("x"), .integer(1)) == .list([]))
    }

    @Test("where errors")
    func whereErrors() {
        #expect(
            failure("where", releaseList, [.text("bureau.nmae"), .text("x")])
                == FilterError("\"where\" key \"bureau.nmae\": \"bureau\" (a bureau) has no field \"nmae\"", hint: "the fields are \"code\", \"name\""))
        #expect(failure("where", .map([:]), [.text("a"), .integer(1)]) == FilterError("\"where\" needs a list, not a map"))
        #expect(failure("where", releaseList, [.integer(1), .integer(1)]) == FilterError("\"where\" needs text as its key, not an integer"))
    }

    @Test("group_by makes key/items maps in order of first appearance")
    func groupBy() throws {
        let groups = try apply("group_by", releaseList, .text("date"))
        guard let list = groups.listValue else {
            Issue.record("expected a list")
            return
        }
        #expect(list.count == 3)
        let keys = list.compactMap { group -> Value? in
            if case .map(let map) = group { map["key"] } else { nil }
        }
        #expect(keys == [.date(day(3)), .date(day(1)), .date(day(2))])
        let titles = list.map { group -> [String] in
            if case .map(let map) = group { map["items"]?.titles ?? [] } else { [] }
        }
        #expect(titles == [["r1", "r3"], ["r2"], ["r4"]])
        if case .map(let first) = list[0] {
            #expect(first.keys == ["key", "items"])
        }
        let byBureau = try apply("group_by", releaseList, .text("bureau.name")).listValue ?? []
        let bureauKeys = byBureau.compactMap { group -> Value? in
            if case .map(let map) = group { map["key"] } else { nil }
        }
        #expect(bureauKeys == [.text("เชียงใหม่"), .text("ขอนแก่น"), .none], "national news, with no bureau, is a group of its own")
    }

    @Test("group_by on maps, with none as a key of its own")
    func groupByMaps() throws {
        let items = Value.list([
            item("a", ["y": .integer(2012)]), item("b", ["y": .none]), item("c", ["y": decimal("2012")]), item("d", ["y": .none]),
        ])
        let expected = Value.list([
            .map(["key": .integer(2012), "items": .list([item("a", ["y": .integer(2012)]), item("c", ["y": decimal("2012")])])]),
            .map(["key": .none, "items": .list([item("b", ["y": .none]), item("d", ["y": .none])])]),
        ])
        #expect(try apply("group_by", items, .text("y")) == expected)
        #expect(try apply("group_by", .list([]), .text("y")) == .list([]))
    }

    @Test("group_by errors")
    func groupByErrors() {
        #expect(
            failure("group_by", .list([.object(releases[0]), .object(releases[1])]), [.text("bureau")])
                == FilterError("\"group_by\" cannot group by a bureau", hint: "group by one of its fields, such as \"bureau.name\""))
        #expect(failure("group_by", .integer(1), [.text("a")]) == FilterError("\"group_by\" needs a list, not an integer"))
        #expect(
            failure("group_by", releaseList, [.text("place")])
                == FilterError("\"group_by\" key \"place\": a release in the list has no field \"place\"", hint: "the fields are \"title\", \"date\", \"bureau\", \"views\""))
    }

    @Test("sum", arguments: [
        (integers(1, 2, 3), [Value](), Value.integer(6)),
        (.list([]), [], .integer(0)),
        (.list([.integer(1), decimal("0.10"), decimal("0.20")]), [], decimal("1.3")),
        (releaseList, [.text("views")], .integer(23)),
        (.list([item("a", ["baht": decimal("1500000.50")]), item("b", ["baht": .integer(2)])]), [.text("baht")], decimal("1500002.5")),
    ])
    func sum(input: Value, arguments: [Value], expected: Value) throws {
        let result = try FilterRegistry.standard["sum"]!.body(input, arguments, bangkok)
        #expect(result == expected)
        switch (result, expected) {
        case (.integer, .integer), (.decimal, .decimal): break
        default: Issue.record("\(result) should be of the kind of \(expected)")
        }
    }

    @Test("sum is exact with decimals")
    func exactDecimals() throws {
        let tenths = Value.list(Array(repeating: decimal("0.1"), count: 10))
        #expect(try apply("sum", tenths) == .integer(1))
    }

    @Test("sum errors")
    func sumErrors() throws {
        #expect(
            failure("sum", integers(Int.max, 1))
                == FilterError("\"sum\" is too large for an integer", hint: "give the numbers as decimals to add them exactly"))
        #expect(try apply("sum", .list([.integer(Int.max), decimal("1")])) == .decimal(Decimal(Int.max) + 1))
        #expect(failure("sum", texts("1")) == FilterError("\"sum\" can only add numbers, not text"))
        #expect(
            failure("sum", releaseList, [.text("title")])
                == FilterError("\"sum\" can only add numbers, not text", hint: "every item's \"title\" must be a number"))
        #expect(failure("sum", .list([.none])) == FilterError("\"sum\" can only add numbers, not none"))
        #expect(failure("sum", .integer(3)) == FilterError("\"sum\" needs a list, not an integer"))
    }
}
