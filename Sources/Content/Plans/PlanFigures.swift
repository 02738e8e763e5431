import Foundation

/// What a plan adds up to, for templates and briefs: totals, each bureau's
/// projects, which bureaus work together, and the KPIs each bureau answers for.
/// Amounts are exact; a bureau's total counts the projects it leads.
public struct PlanFigures: Sendable {
    public var total: Decimal
    /// Bureau id → budget of the projects it leads.
    public var byBureau: [String: Decimal]
    /// Strategy id → budget of its projects.
    public var byStrategy: [String: Decimal]
    /// Stage id → budget of its projects (projects without a stage are left out).
    public var byStage: [String: Decimal]
    /// Planned spending in fiscal quarters 1–4, over all projects.
    public var byQuarter: [Decimal]
    /// Bureau id → ids of the projects it leads, in plan order.
    public var leadProjects: [String: [String]]
    /// Bureau id → ids of the projects it supports, in plan order.
    public var supportProjects: [String: [String]]
    /// One cell for each pair of bureaus that share at least one project
    /// (one leads, the other supports, or both support).
    public var matrix: [BureauPair: Shared]
    /// Bureau id → the KPIs of the projects it leads, in plan order.
    public var kpisByBureau: [String: [Plan.KPI]]

    /// Two bureau ids in alphabetical order, so (ctt, cbd) and (cbd, ctt) are one pair.
    public struct BureauPair: Sendable, Hashable {
        public let first: String
        public let second: String

        public init(_ a: String, _ b: String) {
            (first, second) = a <= b ? (a, b) : (b, a)
        }
    }

    /// The projects two bureaus share.
    public struct Shared: Sendable, Equatable {
        public var projects: [String]
        /// The whole budget of those projects.
        public var budget: Decimal

        public var count: Int { projects.count }

        public init(projects: [String], budget: Decimal) {
            (self.projects, self.budget) = (projects, budget)
        }
    }

    public init(_ plan: Plan) {
        total = 0
        byBureau = [:]
        byStrategy = [:]
        byStage = [:]
        byQuarter = [0, 0, 0, 0]
        leadProjects = [:]
        supportProjects = [:]
        matrix = [:]
        kpisByBureau = [:]
        for project in plan.projects {
            total += project.budget
            byBureau[project.lead, default: 0] += project.budget
            byStrategy[project.strategy, default: 0] += project.budget
            if let stage = project.stage { byStage[stage, default: 0] += project.budget }
            for quarter in 0..<4 { byQuarter[quarter] += project.quarters[quarter] }
            leadProjects[project.lead, default: []].append(project.id)
            for bureau in project.support { supportProjects[bureau, default: []].append(project.id) }
            let bureaus = project.bureaus
            for (index, a) in bureaus.enumerated() {
                for b in bureaus[(index + 1)...] where a != b {
                    matrix[BureauPair(a, b), default: Shared(projects: [], budget: 0)].projects.append(project.id)
                    matrix[BureauPair(a, b)]!.budget += project.budget
                }
            }
            if let kpi = project.kpi { kpisByBureau[project.lead, default: []].append(kpi) }
        }
    }

    /// The projects `a` and `b` share (empty when none, or when a == b).
    public func shared(_ a: String, _ b: String) -> Shared {
        matrix[BureauPair(a, b)] ?? Shared(projects: [], budget: 0)
    }
}
