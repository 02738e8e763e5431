import Testing
import Thai

/// One row of `Fixtures/normalise.tsv` (copied from the shared Thai vectors).
struct NormalizationVector: CustomTestStringConvertible, Sendable {
    let input: String
    let expected: String
    let rule: String

    var testDescription: String { rule }

    static func all() throws -> [NormalizationVector] {
        try fixtureRows("normalise").map { columns in
            NormalizationVector(input: try text(columns[0]), expected: try text(columns[1]), rule: columns[2])
        }
    }

    /// Text from space-separated hex code points.
    private static func text(_ codes: String) throws -> String {
        var scalars = String.UnicodeScalarView()
        for code in codes.split(separator: " ") {
            scalars.append(try #require(UInt32(code, radix: 16).flatMap(Unicode.Scalar.init)))
        }
        return String(scalars)
    }
}

func codePoints(_ text: String) -> [String] {
    text.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }
}

@Suite("Normaliser: the shared vectors")
struct NormalizerVectorTests {
    @Test(arguments: try NormalizationVector.all())
    func producesTheExpectedCodePoints(_ vector: NormalizationVector) {
        let result = ThaiNormalizer.normalize(vector.input)
        #expect(codePoints(result.text) == codePoints(vector.expected))
    }

    @Test(arguments: try NormalizationVector.all())
    func isIdempotent(_ vector: NormalizationVector) {
        let once = ThaiNormalizer.normalize(vector.input).text
        let twice = ThaiNormalizer.normalize(once)
        #expect(codePoints(twice.text) == codePoints(once))
        #expect(!twice.changed)
    }

    @Test(arguments: try NormalizationVector.all())
    func reportsARepairExactlyWhenTheTextChanges(_ vector: NormalizationVector) {
        let result = ThaiNormalizer.normalize(vector.input)
        let changes = !vector.input.unicodeScalars.elementsEqual(vector.expected.unicodeScalars)
        #expect(result.changed == changes)
        #expect(result.findings.contains { $0.rule.isRepair } == changes)
    }

    @Test func theVectorFileIsComplete() throws {
        #expect(try NormalizationVector.all().count == 44)
    }
}
