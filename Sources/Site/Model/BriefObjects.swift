import Content
import Foundation
import Templates

/// One bureau's part of a fiscal year's plan, for its brief
/// (`/briefs/2556/ctt/`, print.md): its place in the chain of work, the
/// projects it leads and supports, its budget by quarter, its KPIs, the
/// bureaus it works with most and its latest releases.
///
/// ```
/// {% for row in brief.by_quarter %}ไตรมาส {{ row.quarter }}: {{ row.budget | baht }}{% endfor %}
/// ```
final class BureauBriefObject: ModelObject {
    static let fields = [
        "bureau", "plan", "url", "permalink", "stages", "lead_projects", "support_projects", "budget", "share", "support_budget",
        "by_quarter", "kpis", "partners", "releases",
    ]
    var typeName: String { "brief" }
    var key: String { "brief " + path }

    /// How many of the bureau's newest releases its brief lists.
    static let releaseCount = 5

    let bureau: BureauObject
    unowned let plan: PlanObject

    init(bureau: BureauObject, plan: PlanObject) {
        self.bureau = bureau
        self.plan = plan
    }

    var path: String { SiteURLs.brief(year: plan.plan.fiscalYear.year, bureau: bureau.id) }

    /// True when the bureau leads or supports a project of the plan: only
    /// such bureaus get a brief.
    var takesPart: Bool {
        plan.figures.leadProjects[bureau.id] != nil || plan.figures.supportProjects[bureau.id] != nil
    }

    func value(_ name: String) -> Value? {
        let figures = plan.figures
        let id = bureau.id
        let urls = plan.directory.urls
        switch name {
        case "bureau": return .object(bureau)
        case "plan": return .object(plan)
        case "url": return .text(urls.link(path))
        case "permalink": return .text(urls.absolute(path))
        case "stages": return .list(plan.stageRows.filter { $0.lead == id }.map(\.value))
        case "lead_projects": return .objects(plan.projects(ids: figures.leadProjects[id] ?? []))
        case "support_projects": return .objects(plan.projects(ids: figures.supportProjects[id] ?? []))
        case "budget": return .decimal(figures.byBureau[id] ?? 0)
        case "share": return .decimal(PlanShares.percent(figures.byBureau[id] ?? 0, of: figures.total))
        case "support_budget":
            return .decimal(plan.projects(ids: figures.supportProjects[id] ?? []).reduce(0) { $0 + $1.project.budget })
        case "by_quarter":
            let led = plan.projects(ids: figures.leadProjects[id] ?? [])
            return PlanShares.quarterRows((0..<4).map { quarter in led.reduce(0) { $0 + $1.project.quarters[quarter] } })
        case "kpis": return .list((figures.kpisByBureau[id] ?? []).map(KPIValue.make))
        case "partners": return .list(partners)
        case "releases": return plan.directory.releases(Array(bureau.releaseIndices.prefix(Self.releaseCount)))
        default: return nil
        }
    }

    /// The bureaus it shares projects with, most shared projects first,
    /// then most budget.
    private var partners: [Value] {
        plan.directory.bureaus.compactMap { other -> (BureauObject, PlanFigures.Shared)? in
            guard other.id != bureau.id else { return nil }
            let shared = plan.figures.shared(bureau.id, other.id)
            return shared.count > 0 ? (other, shared) : nil
        }
        .sorted { ($0.1.count, $0.1.budget) > ($1.1.count, $1.1.budget) }
        .map { other, shared in
            ["bureau": .object(other), "count": .integer(shared.count), "budget": .decimal(shared.budget),
             "projects": .objects(plan.projects(ids: shared.projects))]
        }
    }
}

/// Parts of a whole as the briefs draw them: `share`, the percentage of
/// the total (printed), and `bar`, the width of the part's bar as a
/// percentage of the largest part (a CSS length, ASCII digits), so the
/// largest bar fills its track.
enum PlanShares {
    /// `part` as a percentage of `total`, to one decimal; 0 when the total is.
    static func percent(_ part: Decimal, of total: Decimal) -> Decimal {
        guard total > 0 else { return 0 }
        var exact = part * 100 / total
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 1, .plain)
        return rounded
    }

    /// `rows` with `share` and `bar` added, from their `budget`.
    static func adding(to rows: [OrderedMap], total: Decimal) -> [Value] {
        let budgets = rows.map { row -> Decimal in
            if case .decimal(let budget)? = row["budget"] { return budget }
            return 0
        }
        let largest = budgets.max() ?? 0
        return zip(rows, budgets).map { row, budget in
            var row = row
            row["share"] = .decimal(percent(budget, of: total))
            row["bar"] = .text(String(format: "%.1f", NSDecimalNumber(decimal: percent(budget, of: largest)).doubleValue))
            return .map(row)
        }
    }

    /// `by_quarter` rows: quarter (1–4), budget, share, bar.
    static func quarterRows(_ quarters: [Decimal]) -> Value {
        .list(adding(to: quarters.enumerated().map { ["quarter": .integer($0.offset + 1), "budget": .decimal($0.element)] },
                     total: quarters.reduce(0, +)))
    }
}
