/// The releases that name a plan's projects and bureaus, newest first.
public struct PlanReleases: Sendable {
    /// Project id → paths of the releases that name it in `projects`.
    public var byProject: [String: [String]]
    /// Bureau id → paths of the releases that name the bureau in `bureaus`,
    /// or name a project of this plan it leads or supports.
    public var byBureau: [String: [String]]

    /// `releases` in the order given (SiteContent keeps them newest first).
    public init(plan: Plan, releases: [Release]) {
        byProject = [:]
        byBureau = [:]
        for release in releases {
            var bureaus = release.bureaus
            if release.plan == plan.fiscalYear.year {
                for id in release.projects {
                    guard let project = plan.project(id) else { continue }
                    if !(byProject[id]?.contains(release.path) ?? false) { byProject[id, default: []].append(release.path) }
                    bureaus += project.bureaus
                }
            }
            var seen = Set<String>()
            for bureau in bureaus where seen.insert(bureau).inserted {
                byBureau[bureau, default: []].append(release.path)
            }
        }
    }
}
