import Content
import Foundation

/// A project of a plan, as a release names it (`projects: [ctt-01]`).
struct PlanProject {
    let id: String
    let title: String
    /// The id of the bureau that leads it.
    let lead: String
}

/// A fiscal year's plan of the example site: the projects releases may link.
struct ExamplePlan {
    let fiscalYear: Int
    let projects: [PlanProject]

    /// The plans of the example site whose `content/` is `content`, read
    /// as Khao reads them; a plan with no project is left out.
    static func all(in content: URL) throws -> [ExamplePlan] {
        let (site, problems) = SiteContent.load(folder: content.deletingLastPathComponent().path)
        guard let site else {
            let first = problems.first { $0.severity == .error }
            throw CorpusError("the example site does not load: \(first.map { "\($0.path): \($0.message)" } ?? "unknown error")")
        }
        return site.plans.compactMap { plan in
            plan.projects.isEmpty ? nil : ExamplePlan(fiscalYear: plan.fiscalYear.year,
                                                     projects: plan.projects.map { PlanProject(id: $0.id, title: $0.title, lead: $0.lead) })
        }
    }
}
