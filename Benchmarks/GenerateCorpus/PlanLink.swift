/// The plan projects a release reports on (`plan:` and `projects:`).
struct PlanLink {
    let fiscalYear: Int
    let projects: [PlanProject]

    /// The share of releases that link a plan: the department reports on
    /// its plan's projects in about one release in ten.
    static let share = 0.1

    /// One to three projects of one of `plans`, for a share of releases; nil for the rest.
    static func draw(from plans: [ExamplePlan], with dice: Dice) -> PlanLink? {
        guard !plans.isEmpty, dice.chance(share) else { return nil }
        let plan = dice.pick(plans)
        return PlanLink(fiscalYear: plan.fiscalYear, projects: dice.sample(plan.projects, count: dice.int(1...3)))
    }

    /// The bureaus that lead the projects, each once.
    var bureaus: [String] {
        projects.map(\.lead).reduce(into: []) { ids, id in
            if !ids.contains(id) { ids.append(id) }
        }
    }

    /// A sentence that names the projects. Not links: Markdown links reach
    /// source files, and a project's page is made from a CSV row; the
    /// release page links the projects of its front matter.
    var sentence: String {
        let titles = projects.map(\.title).joined(separator: " และ")
        return "การดำเนินงานครั้งนี้เป็นส่วนหนึ่งของ\(titles) ตามแผนปฏิบัติงานประจำปีงบประมาณ พ.ศ. \(fiscalYear)"
    }
}
