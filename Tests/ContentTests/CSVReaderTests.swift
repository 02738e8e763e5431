@testable import Content
import Diagnostics
import Testing

/// A cell as the tests compare it: text and `line:column`.
struct CSVCell: Equatable, Sendable, CustomStringConvertible {
    var text: String
    var at: String

    init(_ text: String, _ at: String) {
        self.text = text
        self.at = at
    }

    init(_ field: CSVField) {
        self.init(field.text, "\(field.line):\(field.column)")
    }

    var description: String { "\(text.debugDescription)@\(at)" }
}

private let path = "content/plans/2556/projects.csv"

private func parse(_ text: String) -> (CSVTable?, [Diagnostic]) {
    CSVTable.parse(text, path: path)
}

private func cells(_ table: CSVTable?) -> [[CSVCell]] {
    table?.rows.map { $0.fields.map(CSVCell.init) } ?? []
}

@Suite("CSV tables")
struct CSVReaderTests {
    @Test func aSimpleTable() throws {
        let (table, diagnostics) = parse("id,title,budget\nP01,อบรม,100\nP02,ตลาด,2500\n")
        #expect(diagnostics == [])
        let parsed = try #require(table)
        #expect(parsed.columns == ["id", "title", "budget"])
        #expect(parsed.header.fields.map(CSVCell.init) == [CSVCell("id", "1:1"), CSVCell("title", "1:4"), CSVCell("budget", "1:10")])
        #expect(cells(parsed) == [
            [CSVCell("P01", "2:1"), CSVCell("อบรม", "2:5"), CSVCell("100", "2:10")],
            [CSVCell("P02", "3:1"), CSVCell("ตลาด", "3:5"), CSVCell("2500", "3:10")],
        ])
        #expect(parsed.rows.map(\.line) == [2, 3])
        #expect(parsed.rows.map(\.rowNumber) == [2, 3])
        #expect(parsed.rows[1]["budget"].map(CSVCell.init) == CSVCell("2500", "3:10"))
        #expect(parsed.rows[1]["no-such-column"] == nil)
        #expect(parsed.path == path)
    }

    struct RowCase: Sendable, CustomTestStringConvertible {
        var name: String
        var csv: String
        var rows: [[CSVCell]]
        var testDescription: String { name }
    }

    static let rowCases: [RowCase] = [
        RowCase(name: "a quoted field with commas", csv: "a,b,c\n\"x,y\",2,3\n",
                rows: [[CSVCell("x,y", "2:1"), CSVCell("2", "2:7"), CSVCell("3", "2:9")]]),
        RowCase(name: "doubled quotes", csv: "a,b\n\"say \"\"hi\"\"\",z\n",
                rows: [[CSVCell("say \"hi\"", "2:1"), CSVCell("z", "2:14")]]),
        RowCase(name: "an embedded newline moves the next field's line", csv: "a,b\n\"line1\nline2\",z\nq,r\n",
                rows: [[CSVCell("line1\nline2", "2:1"), CSVCell("z", "3:8")], [CSVCell("q", "4:1"), CSVCell("r", "4:3")]]),
        RowCase(name: "a quoted field of only newlines", csv: "a,b\n\"\n\n\",z\n",
                rows: [[CSVCell("\n\n", "2:1"), CSVCell("z", "4:3")]]),
        RowCase(name: "Thai text and Thai digits untouched",
                csv: "ชื่อ,งบ\nโครงการพัฒนา \"ดี\",\"๑๒,๕๐๐,๐๐๐\"\nน\u{0E4D}\u{0E32}ใจ,30/9/2556\n",
                rows: [[CSVCell("โครงการพัฒนา \"ดี\"", "2:1"), CSVCell("๑๒,๕๐๐,๐๐๐", "2:19")],
                       [CSVCell("น\u{0E4D}\u{0E32}ใจ", "3:1"), CSVCell("30/9/2556", "3:7")]]),
        RowCase(name: "a lone quote in an unquoted field is a literal quote", csv: "a,b\nท่อ 2\" ยาว,x\"\n",
                rows: [[CSVCell("ท่อ 2\" ยาว", "2:1"), CSVCell("x\"", "2:12")]]),
        RowCase(name: "whitespace around unquoted fields is kept", csv: "a,b\n  x , y\t\n",
                rows: [[CSVCell("  x ", "2:1"), CSVCell(" y\t", "2:6")]]),
        RowCase(name: "empty fields", csv: "a,b,c\n,,z\n\"\",x,\n",
                rows: [[CSVCell("", "2:1"), CSVCell("", "2:2"), CSVCell("z", "2:3")],
                       [CSVCell("", "3:1"), CSVCell("x", "3:4"), CSVCell("", "3:6")]]),
        RowCase(name: "no newline at the end", csv: "a,b\n1,2",
                rows: [[CSVCell("1", "2:1"), CSVCell("2", "2:3")]]),
        RowCase(name: "a quoted field last, without a newline", csv: "a,b\n1,\"2\"",
                rows: [[CSVCell("1", "2:1"), CSVCell("2", "2:3")]]),
        RowCase(name: "an emoji is one column", csv: "a,b\n👍🏽,x\n",
                rows: [[CSVCell("👍🏽", "2:1"), CSVCell("x", "2:4")]]),
        RowCase(name: "blank lines and rows of commas are skipped", csv: "\n\na,b\n\n1,2\n,\n\"\"\n\n3,4\n\n",
                rows: [[CSVCell("1", "5:1"), CSVCell("2", "5:3")], [CSVCell("3", "9:1"), CSVCell("4", "9:3")]]),
        RowCase(name: "a byte order mark takes no column", csv: "\u{FEFF}id,ชื่อ\nP1,x\n",
                rows: [[CSVCell("P1", "2:1"), CSVCell("x", "2:4")]]),
    ]

    @Test(arguments: rowCases)
    func rows(_ example: RowCase) throws {
        let (table, diagnostics) = parse(example.csv)
        #expect(diagnostics == [])
        #expect(cells(table) == example.rows)
    }

    @Test func headerNamesAreTrimmedAndKeepTheirPlace() throws {
        let (table, diagnostics) = parse("\u{FEFF} id ,\" งบประมาณ\"\nP1,5\n")
        #expect(diagnostics == [])
        let parsed = try #require(table)
        #expect(parsed.columns == ["id", "งบประมาณ"])
        #expect(parsed.rows[0]["งบประมาณ"].map(CSVCell.init) == CSVCell("5", "2:4"))
        #expect(parsed.header["id"].map(CSVCell.init) == CSVCell(" id ", "1:1"))
    }

    @Test func rowNumbersCountRowsAsASpreadsheetShowsThem() throws {
        let (table, _) = parse("\na,b\n\"x\ny\",1\n\n2,3\n")
        let parsed = try #require(table)
        #expect(parsed.header.rowNumber == 2)
        #expect(parsed.rows.map(\.line) == [3, 6])
        #expect(parsed.rows.map(\.rowNumber) == [3, 5])
    }

    struct ItemCase: Sendable, CustomTestStringConvertible {
        var name: String
        var csv: String
        var items: [CSVCell]
        var testDescription: String { name }
    }

    static let itemCases: [ItemCase] = [
        ItemCase(name: "spaces around some separators", csv: "id,support\nP1,ctt; cbd;fund\n",
                 items: [CSVCell("ctt", "2:4"), CSVCell("cbd", "2:9"), CSVCell("fund", "2:13")]),
        ItemCase(name: "in quotes, with a doubled quote and a newline",
                 csv: "id,support\nP1,\"ctt; \"\"x\"\";\n cbd\"\n",
                 items: [CSVCell("ctt", "2:5"), CSVCell("\"x\"", "2:10"), CSVCell("cbd", "3:2")]),
        ItemCase(name: "empty items are left out", csv: "id,support\nP1, ;ctt;; ;\n",
                 items: [CSVCell("ctt", "2:6")]),
        ItemCase(name: "an empty field has no items", csv: "id,support\nP1,\n", items: []),
        ItemCase(name: "Thai items", csv: "id,support\nP1,\"กตส;  สำนักงาน\"\n",
                 items: [CSVCell("กตส", "2:5"), CSVCell("สำนักงาน", "2:11")]),
    ]

    @Test(arguments: itemCases)
    func listItems(_ example: ItemCase) throws {
        let (table, diagnostics) = parse(example.csv)
        #expect(diagnostics == [])
        let field = try #require(table?.rows.first?["support"])
        #expect(field.items().map(CSVCell.init) == example.items)
    }

    @Test func itemsWithAnotherSeparator() {
        let field = CSVField(text: "a | b", line: 1, column: 1)
        #expect(field.items(separatedBy: "|").map(CSVCell.init) == [CSVCell("a", "1:1"), CSVCell("b", "1:5")])
    }

    @Test func trimming() {
        #expect(CSVCell(CSVField(text: "  ctt ", line: 3, column: 10).trimmed()) == CSVCell("ctt", "3:12"))
        #expect(CSVCell(CSVField(text: " \n ctt", line: 3, column: 10, isQuoted: true).trimmed()) == CSVCell("ctt", "4:2"))
        #expect(CSVCell(CSVField(text: "   ", line: 3, column: 10).trimmed()) == CSVCell("", "3:10"))
        let clean = CSVField(text: "ctt", line: 3, column: 10, isQuoted: true)
        #expect(clean.trimmed() == clean)
    }

    @Test func widthIsWhatTheCaretUnderlines() {
        #expect(CSVField(text: "ctt", line: 1, column: 1).width == 3)
        #expect(CSVField(text: "", line: 1, column: 1).width == 1)
        #expect(CSVField(text: "", line: 1, column: 1, isQuoted: true).width == 2)
        #expect(CSVField(text: "a\"b", line: 1, column: 1, isQuoted: true).width == 6)
        #expect(CSVField(text: "ab\ncd", line: 1, column: 1, isQuoted: true).width == 3)
    }

    @Test func aDiagnosticAtAnItemPointsAtIt() throws {
        let (table, _) = parse("id,support\nP1,\"ctt; ctx\"\n")
        let parsed = try #require(table)
        let item = try #require(parsed.rows[0]["support"]?.items().last)
        #expect(parsed.diagnostic(.error, "\"support\" names an unknown bureau \"ctx\"", at: item,
                                  code: "unknown-bureau", hint: "known bureaus are cbd, ctt, fund, cpd")
            == .error("\"support\" names an unknown bureau \"ctx\"", path: path, line: 2, column: 10,
                      code: "unknown-bureau", hint: "known bureaus are cbd, ctt, fund, cpd",
                      sourceLine: "P1,\"ctt; ctx\"", length: 3))
        #expect(parsed.sourceLine(1) == "id,support")
        #expect(parsed.sourceLine(4) == nil)
    }

    // MARK: - Problems

    @Test func aRaggedRowIsReportedAndTheOthersAreKept() throws {
        let (table, diagnostics) = parse("a,b,c\n1,2,3\n1,2\n4,5,6\n7,8,9,10\n")
        #expect(diagnostics == [
            .error("row 3 has 2 fields; the header has 3", path: path, line: 3, column: 1, code: "csv-field-count",
                   hint: "add the missing fields, empty if need be, so that every row has 3 fields",
                   sourceLine: "1,2", length: 3),
            .error("row 5 has 4 fields; the header has 3", path: path, line: 5, column: 1, code: "csv-field-count",
                   hint: "a value with a comma in it, such as 12,500,000, must be in double quotes: \"12,500,000\"",
                   sourceLine: "7,8,9,10", length: 8),
        ])
        #expect(cells(table).map { $0.map(\.text) } == [["1", "2", "3"], ["4", "5", "6"]])
        #expect(table?.rows.map(\.line) == [2, 4])
    }

    @Test func aQuoteAfterASpaceGetsItsOwnHint() {
        let (_, diagnostics) = parse("id,budget\nP1, \"12,500\"\n")
        #expect(diagnostics.map(\.message) == ["row 2 has 3 fields; the header has 2"])
        #expect(diagnostics.map(\.hint) == [#"a " after a space does not start a quoted field; remove the space before the " at column 5"#])
    }

    @Test func aRowAfterAMultiLineFieldCountsAsOneRow() {
        let (_, diagnostics) = parse("a,b\n\"x\ny\",1\n2\n")
        #expect(diagnostics.map { "\($0.line!):\($0.column!) \($0.message)" } == ["4:1 row 3 has 1 field; the header has 2"])
    }

    @Test func manyRaggedRowsAreSummed() {
        let csv = "a,b\n" + String(repeating: "1\n", count: 25) + "1,2\n"
        let (table, diagnostics) = parse(csv)
        #expect(diagnostics.count == 21)
        #expect(diagnostics.last == .error(
            "5 more rows have a different number of fields than the header, from row 22 on",
            path: path, line: 22, column: 1, code: "csv-field-count",
            hint: "check the header first: it has 2 fields", sourceLine: "1", length: 1))
        #expect(table?.rows.count == 1)
    }

    @Test func anUnclosedQuoteIsAnErrorAtTheQuote() {
        let (table, diagnostics) = parse("a,b\n1,2\n3,\"4\n5,6\n")
        #expect(diagnostics == [
            .error("the quoted field that starts here is never closed, so the rest of the file is read as part of it",
                   path: path, line: 3, column: 3, code: "csv-unclosed-quote",
                   hint: #"add the closing "; a " inside a quoted field is written twice: "" (Excel does this when it saves)"#,
                   sourceLine: "3,\"4"),
        ])
        #expect(cells(table).map { $0.map(\.text) } == [["1", "2"]])
    }

    @Test(arguments: [
        ("a,b\n\"x\"y,2\n3,4\n", 4, 1, "\"x\"y,2"),
        ("a,b\n\"x\" ,2\n3,4\n", 4, 1, "\"x\" ,2"),
        ("a,b\n1,\"ก\"\"\"ข้อ\n3,4\n", 8, 3, "1,\"ก\"\"\"ข้อ"),
    ])
    func textAfterAClosingQuote(csv: String, column: Int, length: Int, line: String) {
        let (table, diagnostics) = parse(csv)
        #expect(diagnostics == [
            .error("text after the closing quote of a field", path: path, line: 2, column: column,
                   code: "csv-text-after-quote",
                   hint: #"a " inside a quoted field is written twice: "" (Excel does this when it saves)"#,
                   sourceLine: line, length: length),
        ])
        #expect(cells(table).map { $0.map(\.text) } == [["3", "4"]])
    }

    @Test func aDuplicateColumnNameIsAnError() {
        let (table, diagnostics) = parse("id,budget, id\nP1,5,P1\n")
        #expect(table == nil)
        #expect(diagnostics == [
            .error("the header names the column \"id\" twice", path: path, line: 1, column: 12,
                   code: "csv-duplicate-column-name",
                   hint: "the first is at line 1, column 1; rename or delete one of them",
                   sourceLine: "id,budget, id", length: 2),
        ])
    }

    @Test func anEmptyColumnNameIsAnError() {
        let (table, diagnostics) = parse("id,, \nP1,5\n")
        #expect(table == nil)
        #expect(diagnostics == [
            .error("column 2 of the header has no name", path: path, line: 1, column: 4, code: "csv-empty-column-name",
                   hint: "name the column, or delete it if it holds nothing", sourceLine: "id,, "),
            .error("column 3 of the header has no name", path: path, line: 1, column: 5, code: "csv-empty-column-name",
                   hint: "name the column, or delete it if it holds nothing", sourceLine: "id,, "),
            .error("row 2 has 2 fields; the header has 3", path: path, line: 2, column: 1, code: "csv-field-count",
                   hint: "add the missing fields, empty if need be, so that every row has 3 fields",
                   sourceLine: "P1,5", length: 4),
        ])
    }

    @Test(arguments: [
        ("\"id\"x,b\n1,2\n", ["csv-text-after-quote"]),
        ("\"", ["csv-unclosed-quote"]),
        ("\n\"id,b\n1,2\n", ["csv-unclosed-quote"]),
    ])
    func aHeaderWithASyntaxErrorGivesNoTableAndOneError(csv: String, codes: [String]) {
        let (table, diagnostics) = parse(csv)
        #expect(table == nil)
        #expect(diagnostics.map(\.code) == codes)
    }

    @Test(arguments: ["id,title\n", "id,title", "\n\nid,title\n\n"])
    func aFileWithOnlyAHeader(csv: String) throws {
        let (table, diagnostics) = parse(csv)
        #expect(diagnostics == [])
        let parsed = try #require(table)
        #expect(parsed.columns == ["id", "title"])
        #expect(parsed.rows.isEmpty)
    }

    @Test(arguments: ["", "\n", "\n\n,,\n", "\u{FEFF}", "\u{FEFF}\n"])
    func anEmptyFile(csv: String) {
        let (table, diagnostics) = parse(csv)
        #expect(table == nil)
        #expect(diagnostics == [
            .error("the table is empty, without even a header naming its columns", path: path, line: 1, column: 1,
                   code: "csv-empty-file", hint: "export the sheet again from Excel as CSV, with its header row"),
        ])
    }

    @Test func aWindowsExportReadsCleanAfterDecoding() throws {
        // What Thai Excel writes: Windows-874, CR LF, a quoted amount.
        // "id,ชื่อ,งบ" CR LF "P1,อบรม,"12,500"" CR LF
        let bytes: [UInt8] = Array("id,".utf8) + [0xAA, 0xD7, 0xE8, 0xCD] + Array(",".utf8) + [0xA7, 0xBA, 0x0D, 0x0A]
            + Array("P1,".utf8) + [0xCD, 0xBA, 0xC3, 0xC1] + Array(",\"12,500\"".utf8) + [0x0D, 0x0A]
        let source = NormalizedSource(bytes: bytes, path: path, kind: .csv)
        let text = String(decoding: try #require(source.output), as: UTF8.self)
        #expect(!text.unicodeScalars.contains("\r"))
        let (table, diagnostics) = parse(text)
        #expect(diagnostics == [])
        #expect(table?.columns == ["id", "ชื่อ", "งบ"])
        #expect(cells(table) == [[CSVCell("P1", "2:1"), CSVCell("อบรม", "2:4"), CSVCell("12,500", "2:9")]])
    }

    @Test func tenThousandRowsKeepTheirPositions() throws {
        var csv = "id,title,budget,support\n"
        var line = 1
        for number in 1...10_000 {
            // Every hundredth title has a line break in it, as Excel writes Alt+Enter.
            let title = number % 100 == 0 ? "\"โครงการที่ \(number)\nระยะที่ 2\"" : "โครงการที่ \(number)"
            csv += "P\(number),\(title),\"1,\(number)\",ctt; cbd\n"
            line += number % 100 == 0 ? 2 : 1
        }
        let (table, diagnostics) = parse(csv)
        #expect(diagnostics == [])
        let parsed = try #require(table)
        #expect(parsed.rows.count == 10_000)
        let last = try #require(parsed.rows.last)
        #expect(last.line == line - 1)
        #expect(last.rowNumber == 10_001)
        #expect(last.fields.map(CSVCell.init) == [
            CSVCell("P10000", "\(line - 1):1"), CSVCell("โครงการที่ 10000\nระยะที่ 2", "\(line - 1):8"),
            CSVCell("1,10000", "\(line):12"), CSVCell("ctt; cbd", "\(line):22"),
        ])
        #expect(last["support"]?.items().map(CSVCell.init) == [CSVCell("ctt", "\(line):22"), CSVCell("cbd", "\(line):27")])
    }
}
