import Foundation
import Testing
import Thai

/// `BahtText` against the shared vectors in `Fixtures/bahttext.tsv`; every row
/// is its own test case, read at test time so new vectors need no code.
@Suite struct BahtTextTests {
    @Test func fixtureIsReadable() throws {
        let rows = try fixtureRows("bahttext")
        #expect(rows.count >= 31)
        #expect(rows.allSatisfy { $0.count == 2 })
    }

    @Test(arguments: try fixtureRows("bahttext"))
    func fixtureRow(_ row: [String]) throws {
        try #require(row.count == 2)
        let amount = try #require(Decimal(string: row[0]))
        #expect(BahtText.words(for: amount) == row[1])
    }

    @Test(arguments: [
        ("-1234567.50", "ลบหนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทห้าสิบสตางค์"),
        ("-0.25", "ลบยี่สิบห้าสตางค์"),
        ("-0.001", "ศูนย์บาทถ้วน"),
        ("0.005", "หนึ่งสตางค์"),
        ("0.004", "ศูนย์บาทถ้วน"),
        ("0.995", "หนึ่งบาทถ้วน"),
        ("1.015", "หนึ่งบาทสองสตางค์"),
        ("-2.345", "ลบสองบาทสามสิบห้าสตางค์"),
        ("0.01", "หนึ่งสตางค์"),
        ("0.11", "สิบเอ็ดสตางค์"),
        ("0.21", "ยี่สิบเอ็ดสตางค์"),
        ("1.01", "หนึ่งบาทหนึ่งสตางค์"),
        ("1000001000000", "หนึ่งล้านเอ็ดล้านบาทถ้วน"),
        ("2000000000000000000", "สองล้านล้านล้านบาทถ้วน"),
        ("12345678901234567890.12", "สิบสองล้านสามแสนสี่หมื่นห้าพันหกร้อยเจ็ดสิบแปดล้านเก้าแสนหนึ่งพันสองร้อยสามสิบสี่ล้านห้าแสนหกหมื่นเจ็ดพันแปดร้อยเก้าสิบบาทสิบสองสตางค์"),
    ])
    func roundingNegativeAndHuge(_ amount: String, _ words: String) throws {
        let value = try #require(Decimal(string: amount))
        #expect(BahtText.words(for: value) == words)
    }

    @Test func notANumberIsVisible() {
        #expect(BahtText.words(for: .nan) == "NaN")
    }

    @Test(arguments: [
        (0, "ศูนย์"),
        (1, "หนึ่ง"),
        (10, "สิบ"),
        (11, "สิบเอ็ด"),
        (21, "ยี่สิบเอ็ด"),
        (101, "หนึ่งร้อยเอ็ด"),
        (120, "หนึ่งร้อยยี่สิบ"),
        (1_000_000, "หนึ่งล้าน"),
        (1_000_001, "หนึ่งล้านเอ็ด"),
        (11_000_000, "สิบเอ็ดล้าน"),
        (-5, "ลบห้า"),
        (-11, "ลบสิบเอ็ด"),
        (Int.max, "เก้าล้านสองแสนสองหมื่นสามพันสามร้อยเจ็ดสิบสองล้านสามหมื่นหกพันแปดร้อยห้าสิบสี่ล้านเจ็ดแสนเจ็ดหมื่นห้าพันแปดร้อยเจ็ด"),
        (Int.min, "ลบเก้าล้านสองแสนสองหมื่นสามพันสามร้อยเจ็ดสิบสองล้านสามหมื่นหกพันแปดร้อยห้าสิบสี่ล้านเจ็ดแสนเจ็ดหมื่นห้าพันแปดร้อยแปด"),
    ])
    func integerInWords(_ value: Int, _ words: String) {
        #expect(BahtText.number(value) == words)
    }
}
