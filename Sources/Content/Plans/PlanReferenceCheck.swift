import Diagnostics

/// Checks the `plan` and `projects` of releases against the plans: a
/// release may only link to projects that exist.
enum PlanReferenceCheck {
    /// `plans` are the plans that loaded; `otherYears` those whose plan.yaml
    /// has errors, whose projects are not checked (their errors are reported).
    static func diagnostics(for releases: [Release], plans: [Plan], otherYears: Set<Int>) -> [Diagnostic] {
        var diagnostics = [Diagnostic]()
        let years = Set(plans.map(\.fiscalYear.year)).union(otherYears)
        let yearList = years.sorted().map(String.init).joined(separator: ", ")
        for release in releases {
            guard let year = release.plan else {
                if let first = release.projectReferences.first {
                    let hint = years.count == 1 ? "add plan: \(years.first!)" : "add plan: YEAR, the fiscal year of the plan"
                    diagnostics.append(first.diagnostic(.error, "\"projects\" needs \"plan\": the fiscal year of the plan they are in",
                                                        code: "missing-field", hint: hint))
                }
                continue
            }
            guard years.contains(year) else {
                if let reference = release.planReference {
                    diagnostics.append(reference.diagnostic(
                        .error, "there is no plan for fiscal year \(year)", code: "unknown-plan",
                        hint: years.isEmpty ? "plans are content/plans/YEAR/plan.yaml; there are none"
                            : (Suggestion.hint(for: String(year), among: years.map(String.init)).map { "\($0) " } ?? "")
                              + "plans exist for \(yearList)"))
                }
                continue
            }
            guard let plan = plans.first(where: { $0.fiscalYear.year == year }) else { continue }
            let ids = plan.projects.map(\.id)
            for reference in release.projectReferences where plan.project(reference.text) == nil {
                let list = "the projects of plan \(year) are in \(plan.projectsPath)"
                diagnostics.append(reference.diagnostic(
                    .error, "\"projects\" names an unknown project \"\(reference.text)\" of plan \(year)", code: "unknown-project",
                    hint: Suggestion.hint(for: reference.text, among: ids).map { "\($0) \(list)" } ?? list))
            }
        }
        return diagnostics
    }
}
