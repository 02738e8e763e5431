import TestSupport
import Testing
@testable import Thai

/// The normaliser and decoder on random input: properties that must hold
/// for any text, not just the vectors.
@Suite("Normaliser and decoder on random input")
struct NormalizerPropertyTests {
    /// Characters that exercise every rule: consonants, every mark, leading
    /// and following vowels, invisible characters, legacy glyphs, Latin with
    /// a combining accent, line ends, Markdown punctuation.
    static let alphabet: [Unicode.Scalar] = {
        let codes: [UInt32] = [0x0E01, 0x0E02, 0x0E19, 0x0E23, 0x0E24, 0x0E2D, 0x0E30, 0x0E31, 0x0E32, 0x0E33, 0x0E34,
                               0x0E35, 0x0E38, 0x0E39, 0x0E3A, 0x0E40, 0x0E41, 0x0E44, 0x0E45, 0x0E47, 0x0E48, 0x0E49,
                               0x0E4A, 0x0E4B, 0x0E4C, 0x0E4D, 0x0E50, 0x200B, 0x200C, 0x200D, 0xFEFF, 0xF70A, 0xF701,
                               0xF88B, 0x0065, 0x0301, 0x0020, 0x000A, 0x000D, 0x002A, 0x0023, 0x1F600]
        return codes.compactMap(Unicode.Scalar.init)
    }()

    static func randomText(_ random: inout SplitMix, length: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length {
            scalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &random)])
        }
        return String(scalars)
    }

    @Test func normalisingTwiceChangesNothingMore() {
        var random = SplitMix(seed: 2555)
        for _ in 0..<3_000 {
            let text = Self.randomText(&random, length: Int.random(in: 0...40, using: &random))
            let once = ThaiNormalizer.normalize(text)
            let twice = ThaiNormalizer.normalize(once.text)
            #expect(Array(twice.text.unicodeScalars) == Array(once.text.unicodeScalars), "input: \(text.unicodeScalars.map(\.codePoint))")
            #expect(!twice.changed, "input: \(text.unicodeScalars.map(\.codePoint))")
        }
    }

    @Test func findingsPointInsideTheText() {
        var random = SplitMix(seed: 2556)
        for _ in 0..<3_000 {
            let text = Self.randomText(&random, length: Int.random(in: 1...40, using: &random))
            let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            for finding in ThaiNormalizer.normalize(text).findings {
                #expect(finding.line >= 1 && finding.line <= lines.count)
                if finding.line <= lines.count {
                    #expect(finding.column >= 1 && finding.column <= lines[finding.line - 1].unicodeScalars.count + 1)
                }
            }
        }
    }

    @Test func textWithoutFindingsComesBackUnchanged() {
        var random = SplitMix(seed: 2557)
        for _ in 0..<3_000 {
            let text = Self.randomText(&random, length: Int.random(in: 0...20, using: &random))
            let result = ThaiNormalizer.normalize(text)
            if !result.changed {
                #expect(Array(result.text.utf8) == Array(text.utf8))
            }
        }
    }

    @Test func anyBytesDecodeOrFailWithAPlace() {
        var random = SplitMix(seed: 2558)
        for _ in 0..<3_000 {
            let bytes = (0..<Int.random(in: 0...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            for csv in [false, true] {
                do {
                    let decoded = try SourceDecoder.decode(bytes, allowingWindows874: csv)
                    #expect(!decoded.text.utf8.contains(0x0D))
                } catch {
                    #expect(error.line >= 1 && error.column >= 1)
                    #expect(error.byteOffset.map { $0 >= 0 && $0 <= bytes.count } ?? true)
                }
            }
        }
    }
}

/// The fast scan may send clean lines to the full repair, but must never
/// let through a line the full repair would change or report.
@Suite("The normaliser's fast path")
struct CleanLineScanTests {
    @Test func aLineTheScanClearsNeedsNoRepair() {
        var random = SplitMix(seed: 2559)
        var cleared = 0
        for _ in 0..<5_000 {
            let line = NormalizerPropertyTests.randomText(&random, length: Int.random(in: 0...12, using: &random))
                .replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "\r", with: "")
            var bytes = Array(line.utf8)
            let needsWork = bytes.withUnsafeMutableBufferPointer { CleanLineScan.mayNeedWork(UnsafeBufferPointer($0)) }
            guard !needsWork else { continue }
            cleared += 1
            var repair = LineRepair(line: line, number: 1, budget: FindingBudget(limit: 100))
            repair.run()
            #expect(!repair.changed, "line: \(line.unicodeScalars.map(\.codePoint))")
            #expect(repair.budget.findings.isEmpty, "line: \(line.unicodeScalars.map(\.codePoint))")
        }
        // The alphabet is mostly marks; enough lines must still be clean for this to mean anything.
        #expect(cleared > 100)
    }
}
