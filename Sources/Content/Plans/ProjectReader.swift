import Diagnostics
import Foundation
import Thai

/// Checks project records against the rest of the plan and site.yaml, and
/// turns each good one into a ``Project``; every problem is a diagnostic at
/// the value it is about.
struct ProjectReader {
    let strategies: [String]
    let stages: [String]
    let bureaus: BureauList
    let fiscalYear: FiscalYear?
    let timeZone: TimeZone
    private(set) var diagnostics = [Diagnostic]()
    /// Project id → where it is first given, to name it in a duplicate's message.
    private var firstPlaces = [String: (label: String, value: PlanValue)]()

    init(strategies: [String], stages: [String], bureaus: BureauList, fiscalYear: FiscalYear?, timeZone: TimeZone) {
        self.strategies = strategies
        self.stages = stages
        self.bureaus = bureaus
        self.fiscalYear = fiscalYear
        self.timeZone = timeZone
    }

    /// The project, or nil when the record has an error (all of them reported).
    mutating func read(_ record: ProjectRecord) -> Project? {
        let before = diagnostics.count
        var required = [String: String]()
        for name in ProjectRecord.required {
            if let value = record[name] {
                required[name] = value.text
            } else if let problem = record.missing(name) {
                diagnostics.append(problem)
            }
        }
        let label = record.label
        if let value = record["id"] {
            if let first = firstPlaces[value.text] {
                diagnostics.append(value.diagnostic(
                    .error, "the project id \"\(value.text)\" in \(label) is used twice; the first is in \(first.label)",
                    code: "duplicate-id", hint: "the first is at \(Self.place(of: first.value)); give each project its own id"))
            } else {
                firstPlaces[value.text] = (label, value)
            }
        }
        if let value = record["strategy"] { known(value, "strategy", among: strategies, kind: "strategy", label: label) }
        if let value = record["stage"] { known(value, "stage", among: stages, kind: "stage", label: label) }
        if let value = record["lead"] { bureau(value, "lead", label: label) }
        var support = [String]()
        for item in record.support {
            bureau(item, "support", label: label)
            if item.text != record["lead"]?.text, !support.contains(item.text) { support.append(item.text) }
        }
        let budget = record["budget"].flatMap { amount($0, "budget", label: label) }
        let quarterValues = (1...4).map { record["q\($0)"] }
        let quarters = quarterValues.enumerated().map { index, value in value.flatMap { amount($0, "q\(index + 1)", label: label) } }
        if let budget, let value = record["budget"], quarterValues.contains(where: { $0 != nil }),
           !zip(quarterValues, quarters).contains(where: { $0 != nil && $1 == nil }) {
            let sum = quarters.reduce(Decimal(0)) { $0 + ($1 ?? 0) }
            if sum != budget {
                diagnostics.append(value.diagnostic(
                    .error, "the quarters of \(label) add up to \(Self.figure(sum)), but \"budget\" is \(Self.figure(budget))",
                    code: "plan-quarters",
                    hint: "q1 + q2 + q3 + q4 must equal the budget (a difference of \(Self.figure(abs(sum - budget)))); an empty quarter counts as 0"))
            }
        }
        let start = record["start"].flatMap { date($0, "start", label: label) }
        let end = record["end"].flatMap { date($0, "end", label: label) }
        if let start, let end, end < start, let value = record["end"] {
            diagnostics.append(value.diagnostic(.error, "\"end\" in \(label) is before its \"start\" \(record["start"]!.text)",
                                                code: "plan-dates"))
        }
        let target = record["target"].flatMap { amount($0, "target", label: label) }
        var status = Project.Status.planned
        if let value = record["status"] {
            if let known = Project.Status(rawValue: value.text) {
                status = known
            } else {
                let names = Project.Status.allCases.map(\.rawValue)
                diagnostics.append(value.diagnostic(
                    .error, "\"status\" in \(label) is \"\(value.text)\", not one of \(names.joined(separator: ", "))", code: "bad-value",
                    hint: Suggestion.hint(for: value.text, among: names) ?? "leave it empty for planned"))
            }
        }
        guard diagnostics.count == before, let id = required["id"], let title = required["title"],
              let strategy = required["strategy"], let lead = required["lead"], let budget else { return nil }
        let kpiTitle = record["kpi"]?.text
        let kpi = kpiTitle.map { Plan.KPI(id: id, title: $0, unit: record["unit"]?.text, target: target) }
        return Project(id: id, title: title, strategy: strategy, stage: record["stage"]?.text, lead: lead, support: support,
                       budget: budget, quarters: quarters.map { $0 ?? 0 }, start: start, end: end, kpi: kpi, status: status)
    }

    private mutating func known(_ value: PlanValue, _ field: String, among ids: [String], kind: String, label: String) {
        guard !ids.contains(value.text) else { return }
        let list = "the plan's \(kind == "strategy" ? "strategies" : "stages") are \(ids.joined(separator: ", "))"
        diagnostics.append(value.diagnostic(
            .error, "\"\(field)\" in \(label) names an unknown \(kind) \"\(value.text)\"", code: "unknown-\(kind)",
            hint: Suggestion.hint(for: value.text, among: ids).map { "\($0) \(list)" } ?? list))
    }

    private mutating func bureau(_ value: PlanValue, _ field: String, label: String) {
        if let problem = bureaus.check(value, "\"\(field)\" in \(label)") { diagnostics.append(problem) }
    }

    /// A baht amount (or a KPI target): `12,500,000`, `12500000.00`, Thai digits; never negative.
    private mutating func amount(_ value: PlanValue, _ field: String, label: String) -> Decimal? {
        do {
            let number = try ThaiNumber.parseBaht(value.text)
            guard number >= 0 else {
                diagnostics.append(value.diagnostic(.error, "\"\(field)\" in \(label) is negative: \(value.text)", code: "bad-amount",
                                                    hint: "amounts are baht, 0 or more"))
                return nil
            }
            return number
        } catch {
            diagnostics.append(value.diagnostic(.error, "\"\(field)\" in \(label) is not a number: \(error.message)", code: "bad-amount",
                                                hint: error.hint, offset: error.offset))
            return nil
        }
    }

    /// A date inside the plan's fiscal year.
    private mutating func date(_ value: PlanValue, _ field: String, label: String) -> Date? {
        let date: Date
        do {
            date = try ThaiDateParser(timeZone: timeZone).parse(value.text)
        } catch {
            diagnostics.append(value.diagnostic(.error, "\"\(field)\" in \(label) is not a date: \(error.message)", code: "bad-date",
                                                hint: error.hint, offset: error.offset))
            return nil
        }
        if let fiscalYear, !fiscalYear.contains(date, timeZone: timeZone) {
            let found = FiscalYear(containing: date, timeZone: timeZone)
            diagnostics.append(value.diagnostic(
                .error, "\"\(field)\" in \(label) is \(value.text), outside fiscal year \(fiscalYear.year) (it is in \(found.year))",
                code: "plan-date",
                hint: "fiscal year \(fiscalYear.year) runs from 1/10/\(fiscalYear.year - 1) to 30/9/\(fiscalYear.year)"))
            return nil
        }
        return date
    }

    /// `content/plans/2556/projects.csv:7:1`.
    static func place(of value: PlanValue) -> String {
        let diagnostic = value.diagnostic(.error, "", code: "")
        return "\(diagnostic.path):\(diagnostic.line ?? 1):\(diagnostic.column ?? 1)"
    }

    /// An amount in a message: `12,500,000`, `1,234.5`.
    static func figure(_ value: Decimal) -> String {
        MoneyFormatter().number(value)
    }
}

/// The bureaus of site.yaml, for checking ids with a "did you mean".
struct BureauList {
    let ids: [String]
    /// Where they are defined, for hints.
    let definedAt: String?

    init(_ site: SiteConfiguration) {
        ids = site.bureaus.map(\.id)
        definedAt = site.bureaus.first?.definedAt
    }

    /// An error when `value` is not a bureau id; `subject` starts the message.
    func check(_ value: PlanValue, _ subject: String) -> Diagnostic? {
        guard !ids.contains(value.text) else { return nil }
        let list = "known bureaus are \(ids.joined(separator: ", "))" + (definedAt.map { " (\($0))" } ?? "")
        return value.diagnostic(.error, "\(subject) names an unknown bureau \"\(value.text)\"", code: "unknown-bureau",
                                hint: Suggestion.hint(for: value.text, among: ids).map { "\($0) \(list)" } ?? list)
    }
}
