import Foundation
import Testing
import Thai

/// `ThaiNumber` must read every way planning staff write amounts, and must
/// refuse — at the right offset — anything that could be a different amount.
@Suite struct NumberParsingTests {
    private static func decimal(_ text: String) -> Decimal {
        Decimal(string: text) ?? .nan
    }

    @Test(arguments: [
        ("12,500,000", "12500000"),
        ("12500000", "12500000"),
        ("12500000.00", "12500000"),
        ("1,234,567.50", "1234567.5"),
        ("๑๒,๕๐๐,๐๐๐", "12500000"),
        ("๑,๒๓๔", "1234"),
        ("๑๒๕๐๐๐๐๐.๕๐", "12500000.5"),
        ("1,๒๓๔", "1234"),
        ("  1,250  ", "1250"),
        ("\t310000000\u{00A0}", "310000000"),
        ("\u{FEFF}42", "42"),
        ("-1,500.25", "-1500.25"),
        ("-0", "0"),
        ("0", "0"),
        ("007", "7"),
        ("0.005", "0.005"),
        ("999", "999"),
        ("1,000", "1000"),
    ])
    func acceptsNumber(_ text: String, _ expected: String) throws {
        #expect(try ThaiNumber.parse(text) == Self.decimal(expected))
    }

    @Test func keepsThirtyEightDigitsExactly() throws {
        let text = "12,345,678,901,234,567,890,123,456,789,012,345,678"
        let value = try ThaiNumber.parse(text)
        #expect(value.description == "12345678901234567890123456789012345678")
        #expect(MoneyFormatter().number(value) == text)
    }

    @Test func keepsHugeRoundAmountsExactly() throws {
        let value = try ThaiNumber.parse("1" + String(repeating: "0", count: 60))
        #expect(value.description == "1" + String(repeating: "0", count: 60))
        let tiny = try ThaiNumber.parse("0." + String(repeating: "0", count: 100) + "1")
        #expect(!tiny.isZero && !tiny.isNaN)
    }

    @Test(arguments: [
        ("12,500,000 บาท", "12500000"),
        ("12,500,000บาท", "12500000"),
        ("๑๒,๕๐๐,๐๐๐ บาท", "12500000"),
        ("1,234,567.50 บาท", "1234567.5"),
        ("1,500.-", "1500"),
        ("1,500.- บาท", "1500"),
        (" -250 บาท ", "-250"),
        ("12500000.00", "12500000"),
    ])
    func acceptsBaht(_ text: String, _ expected: String) throws {
        #expect(try ThaiNumber.parseBaht(text) == Self.decimal(expected))
    }

    @Test func isExactWhereDoubleIsNot() throws {
        let sum = try ThaiNumber.parse("0.1") + ThaiNumber.parse("0.2")
        #expect(sum == (try ThaiNumber.parse("0.3")))
    }

    @Test(arguments: [
        ("", NumberParseError.Kind.empty, 0),
        ("   ", .empty, 3),
        ("1,25", .misplacedComma, 1),
        ("12,50,000", .misplacedComma, 2),
        ("1234,567", .misplacedComma, 4),
        (",500", .misplacedComma, 0),
        ("1,,000", .misplacedComma, 1),
        ("1,000,", .misplacedComma, 5),
        ("1,0000", .misplacedComma, 1),
        ("1,000.5,0", .misplacedComma, 7),
        ("1,00.50", .misplacedComma, 1),
        ("1.2.3", .extraDecimalPoint, 3),
        ("12.", .missingDigits, 2),
        (".5", .missingDigits, 0),
        ("-", .missingDigits, 0),
        ("12a", .unexpectedCharacter, 2),
        ("1O0", .unexpectedCharacter, 1),
        ("  12 500", .unexpectedCharacter, 4),
        ("12 x", .unexpectedCharacter, 3),
        ("1-2", .unexpectedCharacter, 1),
        ("--1", .unexpectedCharacter, 1),
        ("+1", .unexpectedCharacter, 0),
        ("฿1,000", .unexpectedCharacter, 0),
        ("1e5", .unexpectedCharacter, 1),
        ("12,500,000 บาท", .unexpectedCharacter, 11),
        ("1,500.-", .unexpectedCharacter, 6),
        ("๑,๒๓", .misplacedComma, 1),
        ("1234567890123456789012345678901234567890", .tooManyDigits, 0),
        ("-0.123456789012345678901234567890123456789", .tooManyDigits, 1),
        ("1" + String(repeating: "0", count: 200), .outOfRange, 0),
        ("-0." + String(repeating: "0", count: 200) + "1", .outOfRange, 1),
    ])
    func rejectsNumber(_ text: String, _ kind: NumberParseError.Kind, _ offset: Int) {
        #expect(throws: NumberParseError.self) { try ThaiNumber.parse(text) }
        do {
            _ = try ThaiNumber.parse(text)
        } catch {
            #expect(error.kind == kind)
            #expect(error.offset == offset)
            #expect(!error.message.isEmpty && !error.hint.isEmpty)
        }
    }

    @Test(arguments: [
        ("บาท", NumberParseError.Kind.empty, 0),
        ("  บาท", .empty, 2),
        ("12,50,000 บาท", .misplacedComma, 2),
        ("12,500,000 บาท บาท", .unexpectedCharacter, 11),
        ("12,500,000 ล้านบาท", .unexpectedCharacter, 11),
        ("บาท 12", .unexpectedCharacter, 0),
        ("-.-", .missingDigits, 1),
        ("1.5.-", .extraDecimalPoint, 3),
    ])
    func rejectsBaht(_ text: String, _ kind: NumberParseError.Kind, _ offset: Int) {
        do {
            let value = try ThaiNumber.parseBaht(text)
            Issue.record("\(text) parsed as \(value)")
        } catch {
            #expect(error.kind == kind)
            #expect(error.offset == offset)
        }
    }

    @Test func offsetsCountUnicodeScalarsNotCharacters() {
        // "\r\n" is one Character but two scalars, so the x is at scalar 4.
        do {
            _ = try ThaiNumber.parse("\r\n12x")
            Issue.record("parsed")
        } catch {
            #expect(error.offset == 4)
        }
        do {
            _ = try ThaiNumber.parse("\u{0E01}\u{0E48}")
            Issue.record("parsed")
        } catch {
            #expect(error.offset == 0)
            #expect(error.message == "The character 'ก' (U+0E01) cannot appear in a number.")
        }
    }

    @Test func errorSaysWhatAndHow() {
        do {
            _ = try ThaiNumber.parse("12,50,000")
            Issue.record("parsed")
        } catch {
            #expect(error.message == "A comma must separate groups of exactly three digits.")
            #expect(error.hint == "Write 1,250,000 or 1250000; a comma in any other place may hide a typo.")
            #expect(error.description == "A comma must separate groups of exactly three digits. (at offset 2). Write 1,250,000 or 1250000; a comma in any other place may hide a typo.")
        }
    }

    @Test func invisibleCharactersAreNamed() {
        do {
            _ = try ThaiNumber.parse("12\u{200B}500")
            Issue.record("parsed")
        } catch {
            #expect(error.offset == 2)
            #expect(error.message == "A space (U+200B) cannot appear inside a number.")
        }
    }
}
