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

    /// The plans under `content/plans/`, each with the projects of its
    /// `projects.csv` (the table the example's plan.yaml names); a plan
    /// without that table, or with no project in it, is left out.
    static func all(in content: URL) throws -> [ExamplePlan] {
        let plans = content.appendingPathComponent("plans")
        let years = try FileManager.default.contentsOfDirectory(atPath: plans.path).compactMap(Int.init).sorted()
        return try years.compactMap { year in
            let table = plans.appendingPathComponent("\(year)/projects.csv")
            guard FileManager.default.fileExists(atPath: table.path) else { return nil }
            let projects = try projects(in: table)
            return projects.isEmpty ? nil : ExamplePlan(fiscalYear: year, projects: projects)
        }
    }

    private static func projects(in table: URL) throws -> [PlanProject] {
        let text = try String(contentsOf: table, encoding: .utf8)
        // Excel writes a byte order mark, which Swift keeps as U+FEFF.
        let lines = text.split(whereSeparator: \.isNewline).map { $0.first == "\u{FEFF}" ? $0.dropFirst() : $0 }
        guard let header = lines.first.map(csvFields),
              let id = header.firstIndex(of: "id"), let title = header.firstIndex(of: "title"), let lead = header.firstIndex(of: "lead") else {
            throw CorpusError("\(table.path) has no header line naming id, title and lead")
        }
        return lines.dropFirst().map(csvFields).filter { $0.count == header.count }.map {
            PlanProject(id: $0[id], title: $0[title], lead: $0[lead])
        }
    }
}
