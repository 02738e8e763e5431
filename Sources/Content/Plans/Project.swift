import Foundation

/// One project of a plan: a row of its CSV table or an item of its inline list.
public struct Project: Sendable, Equatable {
    public var id: String
    public var title: String
    /// A strategy id of the plan.
    public var strategy: String
    /// A stage id of the plan, when the project belongs to one.
    public var stage: String?
    /// The bureau that leads it (an id of site.yaml).
    public var lead: String
    /// Bureaus that support it, in the order written, without the lead.
    public var support: [String]
    /// Baht, exact.
    public var budget: Decimal
    /// Planned spending in fiscal quarters 1–4 (Oct–Dec first); zeros when
    /// the plan does not split the budget. When given they add up to `budget`.
    public var quarters: [Decimal]
    public var start: Date?
    public var end: Date?
    /// The project's own indicator, with `id` the project's id.
    public var kpi: Plan.KPI?
    public var status: Status

    public enum Status: String, Sendable, CaseIterable {
        case planned, running, done, cancelled
    }

    public var q1: Decimal { quarters[0] }
    public var q2: Decimal { quarters[1] }
    public var q3: Decimal { quarters[2] }
    public var q4: Decimal { quarters[3] }

    /// The lead and the supporting bureaus.
    public var bureaus: [String] { [lead] + support }
}
