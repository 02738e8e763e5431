import Foundation
import Thai

/// The annual plan of one fiscal year (`content/plans/2556/plan.yaml`), as
/// plans.md describes it: strategies, stages of work, and the projects that
/// carry them out, checked against each other and against site.yaml.
public struct Plan: Sendable {
    /// The plan.yaml file, relative to the site folder.
    public var path: String
    public var title: String
    /// The Buddhist-era fiscal year (2556 = 1 Oct 2555 – 30 Sep 2556).
    public var fiscalYear: FiscalYear
    public var strategicPlan: StrategicPlan?
    public var motto: String?
    /// A remark printed with the plan, e.g. that its figures are examples.
    public var note: String?
    /// The chain of work across bureaus, in order.
    public var stages: [Stage]
    public var strategies: [Strategy]
    /// In the order of the table (or the inline list).
    public var projects: [Project]
    /// Where the projects are written: the CSV table, or plan.yaml itself.
    public var projectsPath: String
    /// The totals the plan declares; checked equal to the sums of projects.
    public var declaredBudget: DeclaredBudget?

    /// The multi-year plan this year implements.
    public struct StrategicPlan: Sendable, Equatable {
        public var title: String
        /// First and last Buddhist-era year, e.g. 2555...2559.
        public var years: ClosedRange<Int>?
        public var vision: String?
    }

    public struct Stage: Sendable, Equatable {
        public var id: String
        public var title: String
        /// A bureau id of site.yaml.
        public var lead: String
    }

    public struct Strategy: Sendable, Equatable {
        public var id: String
        public var title: String
        public var goals: [String]
        public var kpis: [KPI]
    }

    /// An indicator with its target, of a strategy or (``Project/kpi``) a project.
    public struct KPI: Sendable, Equatable {
        /// The strategy KPI's id (`S1-K1`); for a project's KPI, the project id.
        public var id: String
        public var title: String
        public var unit: String?
        public var target: Decimal?

        public init(id: String, title: String, unit: String? = nil, target: Decimal? = nil) {
            (self.id, self.title, self.unit, self.target) = (id, title, unit, target)
        }
    }

    public struct DeclaredBudget: Sendable, Equatable {
        public var total: Decimal?
        /// Bureau id → declared amount; empty when not declared.
        public var byBureau: [String: Decimal]

        public init(total: Decimal?, byBureau: [String: Decimal]) {
            (self.total, self.byBureau) = (total, byBureau)
        }
    }

    public func project(_ id: String) -> Project? {
        projects.first { $0.id == id }
    }

    public func strategy(_ id: String) -> Strategy? {
        strategies.first { $0.id == id }
    }

    public func stage(_ id: String) -> Stage? {
        stages.first { $0.id == id }
    }

    /// The figures templates and briefs show: totals, bureau relations, KPIs.
    public var figures: PlanFigures {
        PlanFigures(self)
    }
}
