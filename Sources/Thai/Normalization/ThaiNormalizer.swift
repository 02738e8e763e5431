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
    /// How many findings are recorded for one text by default: far more than
    /// a person reads, few enough that a file of a million broken characters
    /// stays fast. Every repair is still made past the limit.
    public static let defaultFindingLimit = 1_000

    /// Normalises `text`, returning the result and up to `findingLimit` findings.
    public static func normalize(_ text: String, findingLimit: Int = defaultFindingLimit) -> NormalizationResult {
        var budget = FindingBudget(limit: findingLimit)
        var text = text
        var changed = false
        if let repair = NormalizationFinding.lineEndings(in: text) {
            budget.record(repair)
            text = LineEndings.normalize(text).text
            changed = true
        }
        if let repaired = repairLines(of: text, budget: &budget) {
            text = repaired
            changed = true
        }
        return NormalizationResult(text: text, findings: budget.findings, omittedFindingCount: budget.omitted, changed: changed)
    }

    /// Normalises a short value (a title, a tag) when its findings are not needed.
    public static func normalized(_ text: String) -> String {
        normalize(text, findingLimit: 0).text
    }

    /// Runs the line repairs; returns the repaired text, or nil when no line changed.
    private static func repairLines(of text: String, budget: inout FindingBudget) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var output: [UInt8]?
            UTF8Lines.forEach(in: bytes) { number, line, start, endsWithNewline in
                if CleanLineScan.mayNeedWork(line) {
                    var repair = LineRepair(line: String(decoding: line, as: UTF8.self), number: number, budget: budget)
                    repair.run()
                    budget = repair.budget
                    if repair.changed && output == nil {
                        // The first changed line: copy everything before it once.
                        output = Array(bytes[..<start])
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
            return output.map { String(decoding: $0, as: UTF8.self) }
        }
    }
}

/// The findings of one text, up to a limit; past it they are only counted.
struct FindingBudget {
    let limit: Int
    private(set) var findings = [NormalizationFinding]()
    private(set) var omitted = 0

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// False once the limit is reached: callers skip building the finding.
    var hasRoom: Bool { findings.count < limit }

    mutating func record(_ finding: @autoclosure () -> NormalizationFinding) {
        if hasRoom {
            findings.append(finding())
        } else {
            omitted += 1
        }
    }

    /// Adds `lineFindings` (already in order for their line) and keeps the limit.
    mutating func merge(_ lineFindings: [NormalizationFinding], omitted lineOmitted: Int) {
        let room = max(0, limit - findings.count)
        findings += lineFindings.prefix(room)
        omitted += max(0, lineFindings.count - room) + lineOmitted
    }
}
