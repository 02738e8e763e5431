import Foundation
import Testing

@testable import Templates

@Suite("HTML escaping")
struct HTMLEscapingTests {
    static let cases: [(String, String)] = [
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ("\"", "&quot;"),
        ("'", "&#39;"),
        ("", ""),
        ("plain text", "plain text"),
        ("ข่าวประชาสัมพันธ์ กรมประชาสัมพันธ์", "ข่าวประชาสัมพันธ์ กรมประชาสัมพันธ์"),
        ("<script>alert('ข่าว & \"x\"')</script>", "&lt;script&gt;alert(&#39;ข่าว &amp; &quot;x&quot;&#39;)&lt;/script&gt;"),
        ("&&", "&amp;&amp;"),
        ("a<b", "a&lt;b"),
        ("ราคา > 100 บาท", "ราคา &gt; 100 บาท"),
        ("&amp;", "&amp;amp;"),
        ("emoji 🇹🇭 <", "emoji 🇹🇭 &lt;"),
        ("\u{0E01}\u{0E49}'", "\u{0E01}\u{0E49}&#39;"),
    ]

    @Test("escape replaces each special character and nothing else", arguments: cases)
    func escape(input: String, expected: String) {
        #expect(HTMLEscaping.escape(input) == expected)
    }

    @Test("append adds to what the buffer holds", arguments: cases)
    func append(input: String, expected: String) {
        var buffer = Array("<p>".utf8)
        HTMLEscaping.append(input, to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "<p>" + expected)
    }

    @Test("a long text with rare specials")
    func longText() {
        let chunk = String(repeating: "ข่าวภูมิภาค ", count: 500)
        let text = chunk + "&" + chunk + "<"
        #expect(HTMLEscaping.escape(text) == chunk + "&amp;" + chunk + "&lt;")
    }

    /// The scan tests words of 8 and 16 bytes at a time; every ASCII
    /// character at every place in and around them is escaped exactly as a
    /// byte-by-byte replacement would, on Thai and on ASCII around it.
    @Test("every ASCII character at every position", arguments: ["ก", "a"])
    func everyCharacterEverywhere(background: String) {
        func reference(_ text: String) -> String {
            text.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "&": "&amp;"
                case "<": "&lt;"
                case ">": "&gt;"
                case "\"": "&quot;"
                case "'": "&#39;"
                default: String(scalar)
                }
            }.joined()
        }
        let characters = String(repeating: background, count: 40).map(String.init)
        for code in UInt8(1)...127 {
            let character = String(UnicodeScalar(code))
            for position in characters.indices {
                var text = characters
                text[position] = character
                let input = text.joined()
                #expect(HTMLEscaping.escape(input) == reference(input), "\(code) at \(position)")
            }
        }
    }
}

@Suite("Text filters")
struct TextFilterTests {
    @Test("escape marks its result safe, so it is not escaped twice")
    func escape() throws {
        #expect(try apply("escape", .text("a < b & 'c'")) == .safe("a &lt; b &amp; &#39;c&#39;"))
        #expect(try apply("escape", .text("ข่าว")) == .safe("ข่าว"))
        if case .safe = try apply("escape", .text("x")) {} else { Issue.record("escape should give safe HTML") }
        #expect(try apply("escape", .safe("<b>ข่าว</b>")) == .safe("<b>ข่าว</b>"))
        if case .safe = try apply("escape", .safe("<b>")) {} else { Issue.record("safe input should stay safe") }
        #expect(try apply("escape", .integer(42)) == .safe("42"))
        #expect(try apply("escape", .none) == .none)
        #expect(failure("escape", integers(1)) == FilterError("\"escape\" needs text, not a list"))
    }

    @Test("safe marks text as HTML")
    func safe() throws {
        let result = try apply("safe", .text("<em>ด่วน</em>"))
        guard case .safe("<em>ด่วน</em>") = result else {
            Issue.record("expected safe HTML")
            return
        }
        #expect(try apply("safe", .safe("<i>")) == .safe("<i>"))
        #expect(try apply("safe", .none) == .none)
        #expect(
            failure("safe", .integer(3))
                == FilterError("\"safe\" needs text, not an integer", hint: "only text can be marked as HTML"))
    }

    @Test("default replaces only none", arguments: [
        (Value.none, Value.text("ไม่ระบุ")),
        (.text(""), .text("")),
        (.integer(0), .integer(0)),
        (.bool(false), .bool(false)),
        (.list([]), .list([])),
        (.text("มี"), .text("มี")),
    ])
    func defaultFilter(input: Value, expected: Value) throws {
        #expect(try apply("default", input, .text("ไม่ระบุ")) == expected)
    }

    @Test("default is the one filter that accepts an undefined name")
    func defaultAcceptsUndefined() {
        let acceptors = StandardFilters.all.filter(\.acceptsUndefined).map(\.name)
        #expect(acceptors == ["default"])
    }

    @Test("upper and lower change Latin letters and leave Thai alone", arguments: [
        ("upper", "pm2.5 ในกรุงเทพฯ", "PM2.5 ในกรุงเทพฯ"),
        ("lower", "NBT ข่าว", "nbt ข่าว"),
        ("upper", "straße", "STRASSE"),
        ("lower", "", ""),
    ])
    func changeCase(filter: String, input: String, expected: String) throws {
        #expect(try apply(filter, .text(input)) == .text(expected))
        if case .text = try apply(filter, .text(input)) {} else { Issue.record("text should stay text") }
    }

    @Test("upper and lower keep HTML safe and its tags and entities as they are")
    func changeCaseOfHTML() throws {
        let html = #"<a href="/news/item-1">read&nbsp;more &amp; ข่าว</a> & co"#
        let upper = try apply("upper", .safe(html))
        guard case .safe(let upperText) = upper else {
            Issue.record("expected safe HTML")
            return
        }
        #expect(upperText == #"<a href="/news/item-1">READ&nbsp;MORE &amp; ข่าว</a> & CO"#)
        #expect(try apply("lower", .safe("<B>NEWS</B>&#39;S")) == .safe("<B>news</B>&#39;s"))
        #expect(try apply("upper", .safe("a < b")) == .safe("A < b"), "an unclosed tag runs to the end")
    }

    @Test("upper and lower need text")
    func changeCaseErrors() {
        #expect(failure("upper", .integer(1)) == FilterError("\"upper\" needs text, not an integer"))
        #expect(failure("lower", .none) == FilterError("\"lower\" needs text, not none"))
    }
}
