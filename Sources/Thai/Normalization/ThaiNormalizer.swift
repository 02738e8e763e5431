/// Repairs Thai text at the character level (thai.md, "Normalisation").
///
/// It works on raw Markdown or YAML without touching its structure: spaces,
/// blank lines, indentation and ASCII are never changed. Every repair and
/// every problem left for a person is a ``NormalizationFinding`` with the line
/// and column where it is.
///
/// ```swift
/// let result = ThaiNormalizer.normalize("น\u{0E4D}\u{0E49}\u{0E32}")   // นํ้า typed with NIKHAHIT + SARA AA
/// result.text                        // "น้ำ"
/// result.findings.map(\.rule)        // [.saraAm]
/// ```
///
/// The normaliser is idempotent, and text that needs nothing comes back as
/// the very same string: most lines of real text are cleared by one fast scan
/// of their bytes, and only the lines that need work are taken apart.
public enum ThaiNormalizer {
    /// Normalises `text`, returning the result and its findings.
    public static func normalize(_ text: String) -> NormalizationResult {
        var findings = [NormalizationFinding]()
        var text = text
        if let repair = NormalizationFinding.lineEndings(in: text) {
            findings.append(repair)
            text = LineEndings.normalize(text).text
        }
        guard let (repaired, lineFindings) = repairLines(of: text) else {
            return NormalizationResult(text: text, findings: findings)
        }
        return NormalizationResult(text: repaired ?? text, findings: findings + lineFindings)
    }

    /// Normalises a short value (a title, a tag) when its findings are not needed.
    public static func normalized(_ text: String) -> String {
        normalize(text).text
    }

    /// Runs the line repairs; nil when no line needs any work. The repaired
    /// text is nil when only problems for a person were found.
    private static func repairLines(of text: String) -> (String?, [NormalizationFinding])? {
        var text = text
        return text.withUTF8 { bytes -> (String?, [NormalizationFinding])? in
            var output: [UInt8]?
            var findings = [NormalizationFinding]()
            UTF8Lines.forEach(in: bytes) { number, line, endsWithNewline in
                if CleanLineScan.mayNeedWork(line) {
                    var repair = LineRepair(line: String(decoding: line, as: UTF8.self), number: number)
                    repair.run()
                    findings += repair.findings
                    if repair.changed && output == nil {
                        // The first changed line: copy everything before it once.
                        output = Array(UnsafeBufferPointer(start: bytes.baseAddress, count: line.baseAddress! - bytes.baseAddress!))
                        output?.reserveCapacity(bytes.count)
                    }
                    if repair.changed {
                        output?.append(contentsOf: repair.text.utf8)
                    } else {
                        output?.append(contentsOf: line)
                    }
                } else {
                    output?.append(contentsOf: line)
                }
                if endsWithNewline {
                    output?.append(0x0A)
                }
            }
            guard !findings.isEmpty else { return nil }
            return (output.map { String(decoding: $0, as: UTF8.self) }, findings)
        }
    }
}
