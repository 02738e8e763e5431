import Foundation
import Testing

@testable import Templates

@Suite("json")
struct JSONFilterTests {
    @Test("writes each kind of value", arguments: [
        (Value.none, "null"),
        (.bool(true), "true"),
        (.bool(false), "false"),
        (.integer(-42), "-42"),
        (decimal("1234.50"), "1234.5"),
        (decimal("1e20"), "100000000000000000000"),
        (decimal("1e-20"), "0.00000000000000000001"),
        (decimal("-0.5"), "-0.5"),
        (.text("ข่าวประชาสัมพันธ์"), "\"ข่าวประชาสัมพันธ์\""),
        (.safe("<b>"), "\"\\u003cb\\u003e\""),
        (.date(announcement), "\"2012-09-20T10:00:00+07:00\""),
        (.list([]), "[]"),
        (.map([:]), "{}"),
        (.list([.integer(1), .text("a"), .none, .list([.bool(true)])]), "[1,\"a\",null,[true]]"),
        (.map(["z": .integer(1), "a": .map(["ข": .text("ค")]), "m": .list([])]), "{\"z\":1,\"a\":{\"ข\":\"ค\"},\"m\":[]}"),
    ])
    func kinds(input: Value, expected: String) throws {
        let result = try apply("json", input)
        guard case .safe(let json) = result else {
            Issue.record("json should be safe, got \(result)")
            return
        }
        #expect(json == expected)
    }

    @Test("strings cannot close a script block or break JavaScript", arguments: [
        ("</script><script>alert(1)</script>", #""\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e""#),
        ("<!-- a & b -->", #""\u003c!-- a \u0026 b --\u003e""#),
        ("say \"hi\" \\ bye", #""say \"hi\" \\ bye""#),
        ("line\nbreak\r\ttab\u{8}\u{C}", #""line\nbreak\r\ttab\b\f""#),
        ("\u{0}\u{1F}\u{7F}", #""\u0000\u001f"# + "\u{7F}\""),
        ("a\u{2028}b\u{2029}c", #""a\u2028b\u2029c""#),
        ("it's ไทย ✓ 🇹🇭", "\"it's ไทย ✓ 🇹🇭\""),
        ("\u{2027}\u{202A}", "\"\u{2027}\u{202A}\""),
    ])
    func strings(input: String, expected: String) throws {
        #expect(try apply("json", .text(input)) == .safe(expected))
    }

    @Test("keys are escaped like strings")
    func keys() throws {
        #expect(try apply("json", .map(["</script>": .integer(1)])) == .safe(#"{"\u003c/script\u003e":1}"#))
    }

    @Test("the output parses back to the same data")
    func roundTrip() throws {
        let value: Value = .map(["title": .text("</script> \"ข่าว\" & \u{2028}\n"), "n": .list([.integer(1), decimal("2.5")])])
        guard case .safe(let json) = try apply("json", value) else { return }
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["title"] as? String == "</script> \"ข่าว\" & \u{2028}\n")
    }

    @Test("dates are written in the environment's zone")
    func dateZones() throws {
        #expect(try apply("json", .date(announcement), environment: utc) == .safe("\"2012-09-20T03:00:00+00:00\""))
        #expect(try apply("json", .date(announcement), environment: bangkok) == .safe("\"2012-09-20T10:00:00+07:00\""))
    }

    @Test("objects and impossible numbers are errors")
    func errors() {
        #expect(
            failure("json", .object(chiangMai))
                == FilterError("\"json\" cannot turn a bureau into JSON", hint: "pick the fields to publish, e.g. {{ bureau.code | json }}"))
        #expect(
            failure("json", .list([.map(["r": .object(releases[0])])]))
                == FilterError("\"json\" cannot turn a release into JSON", hint: "pick the fields to publish, e.g. {{ release.title | json }}"))
        #expect(failure("json", .decimal(.nan)) == FilterError("\"json\" cannot write a decimal that is not a number"))
    }
}
