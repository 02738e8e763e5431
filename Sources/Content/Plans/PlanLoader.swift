import Diagnostics
import Foundation
import Thai
import Yams

extension Plan {
    static let keys = ["title", "fiscal_year", "strategic_plan", "motto", "note", "stages", "strategies", "projects", "budget"]

    /// Reads a plan from the normalised text of its plan.yaml at `path`
    /// (`content/plans/2556/plan.yaml`). `readTable` gives the decoded text
    /// of a file named relative to the site folder (the projects CSV), with
    /// the problems of reading and decoding it. Nil when there are errors.
    static func load(
        _ text: String, path: String, site: SiteConfiguration, readTable: (String) -> (String?, [Diagnostic])
    ) -> (Plan?, [Diagnostic]) {
        let (parsed, problems) = YAMLDocument.parse(text, path: path)
        guard let document = parsed else { return (nil, problems) }
        var fields = YAMLFields(document.root, in: document, known: keys, owner: "plan.yaml")
        let bureaus = BureauList(site)
        let folder = SitePath.parent(path)

        let title = fields.text("title", required: true, oneLine: true)
        var fiscalYear: FiscalYear?
        if let year = fields.integer("fiscal_year", required: true) {
            fiscalYear = FiscalYear(year: year)
            if let folderYear = Int(SitePath.lastComponent(folder)), folderYear != year {
                fields.add(document.diagnostic(.error, "\"fiscal_year\" is \(year), but the plan is in the folder of \(folderYear)",
                                               at: fields.value("fiscal_year"), code: "bad-value",
                                               hint: "the folder is named by the fiscal year: content/plans/\(year)/plan.yaml"))
            }
        }
        let strategicPlan = readStrategicPlan(fields.value("strategic_plan"), document: document, into: &fields)
        let motto = fields.text("motto")
        let note = fields.text("note")
        let stages = readStages(fields.mapList("stages"), document: document, bureaus: bureaus, into: &fields)
        let strategies = readStrategies(fields.mapList("strategies"), document: document, into: &fields)

        // Projects: checked even when the rest has errors, so one run shows all.
        var projectProblems = [Diagnostic]()
        var records = [ProjectRecord]()
        var projectsPath = path
        if let node = fields.value("projects") {
            switch node {
            case .scalar(let scalar):
                let name = scalar.string.trimmingCharacters(in: .whitespaces)
                if name.hasPrefix("/") || name.split(separator: "/").contains("..") {
                    fields.add(document.diagnostic(.error, "the projects table \"\(name)\" must be in the plan's folder", at: node,
                                                   code: "bad-value", hint: "name it relative to \(folder)/, e.g. projects: projects.csv"))
                } else {
                    projectsPath = folder + "/" + name
                    let (csvText, readProblems) = readTable(projectsPath)
                    projectProblems += readProblems
                    if let csvText {
                        let (table, csvProblems) = CSVTable.parse(csvText, path: projectsPath)
                        projectProblems += csvProblems
                        if let table { records = ProjectRecord.records(of: table, diagnostics: &projectProblems) }
                    }
                }
            case .sequence(let sequence):
                records = ProjectRecord.records(of: Array(sequence), in: document, diagnostics: &projectProblems)
            default:
                fields.add(document.diagnostic(.error, "\"projects\" must name a CSV table (projects: projects.csv) or be a list of projects",
                                               at: node, code: "yaml-type"))
            }
        } else {
            fields.add(document.diagnostic(.error, "plan.yaml needs \"projects\"", at: document.root, code: "missing-field",
                                           hint: "name the table of projects: projects: projects.csv", length: 1))
        }
        var reader = ProjectReader(strategies: strategies.map(\.id), stages: stages.map(\.id), bureaus: bureaus,
                                   fiscalYear: fiscalYear, timeZone: site.timeZone)
        let projects = records.compactMap { reader.read($0) }
        projectProblems += reader.diagnostics

        var declared: DeclaredBudget?
        if let node = fields.value("budget") {
            var check = DeclaredBudgetCheck(node: node, document: document, bureaus: bureaus)
            declared = check.declared
            // Sums of a table with errors would differ for no reason of their own.
            if !projectProblems.contains(where: { $0.severity == .error }) {
                check.compare(with: projects)
            }
            fields.add(contentsOf: check.diagnostics)
        }

        let diagnostics = fields.finish() + projectProblems
        guard let title, let fiscalYear, !diagnostics.contains(where: { $0.severity == .error }) else {
            return (nil, diagnostics)
        }
        return (Plan(path: path, title: title, fiscalYear: fiscalYear, strategicPlan: strategicPlan, motto: motto, note: note,
                     stages: stages, strategies: strategies, projects: projects, projectsPath: projectsPath,
                     declaredBudget: declared), diagnostics)
    }

    private static func readStrategicPlan(_ node: Node?, document: YAMLDocument, into fields: inout YAMLFields) -> StrategicPlan? {
        guard let node else { return nil }
        var map = YAMLFields(node, in: document, known: ["title", "years", "vision"], owner: "\"strategic_plan\"")
        let title = map.text("title", required: true, oneLine: true)
        var years: ClosedRange<Int>?
        if let value = map.value("years") {
            let numbers = map.textList("years").compactMap { Int($0.text) }
            if numbers.count == 2, numbers[0] <= numbers[1] {
                years = numbers[0]...numbers[1]
            } else {
                map.add(document.diagnostic(.error, "\"years\" must be the first and last year, as in years: [2555, 2559]", at: value,
                                            code: "yaml-type"))
            }
        }
        let vision = map.text("vision")
        fields.add(contentsOf: map.finish())
        return title.map { StrategicPlan(title: $0, years: years, vision: vision) }
    }

    private static func readStages(_ nodes: [Node], document: YAMLDocument, bureaus: BureauList, into fields: inout YAMLFields) -> [Stage] {
        var stages = [Stage]()
        var seen = Set<String>()
        for node in nodes {
            var map = YAMLFields(node, in: document, known: ["id", "title", "lead"], owner: "a stage")
            let id = map.text("id", required: true, oneLine: true)
            let title = map.text("title", required: true, oneLine: true)
            let lead = map.text("lead", required: true, oneLine: true)
            if let id, !seen.insert(id).inserted {
                map.add(document.diagnostic(.error, "the stage id \"\(id)\" is used twice", at: map.value("id"), code: "duplicate-id"))
            }
            if let lead, let value = map.value("lead"),
               let problem = bureaus.check(PlanValue(text: lead, node: value, in: document), "the \"lead\" of stage \(id ?? "?")") {
                map.add(problem)
            }
            fields.add(contentsOf: map.finish())
            if let id, let title, let lead { stages.append(Stage(id: id, title: title, lead: lead)) }
        }
        return stages
    }

    private static func readStrategies(_ nodes: [Node], document: YAMLDocument, into fields: inout YAMLFields) -> [Strategy] {
        var strategies = [Strategy]()
        var seen = Set<String>()
        var seenKPIs = Set<String>()
        for node in nodes {
            var map = YAMLFields(node, in: document, known: ["id", "title", "goals", "kpis"], owner: "a strategy")
            let id = map.text("id", required: true, oneLine: true)
            let title = map.text("title", required: true, oneLine: true)
            if let id, !seen.insert(id).inserted {
                map.add(document.diagnostic(.error, "the strategy id \"\(id)\" is used twice", at: map.value("id"), code: "duplicate-id"))
            }
            let goals = map.textList("goals").map(\.text)
            var kpis = [KPI]()
            for kpiNode in map.mapList("kpis") {
                var kpiMap = YAMLFields(kpiNode, in: document, known: ["id", "title", "unit", "target"], owner: "a KPI")
                let kpiID = kpiMap.text("id", required: true, oneLine: true)
                let kpiTitle = kpiMap.text("title", required: true, oneLine: true)
                let unit = kpiMap.text("unit", oneLine: true)
                var target: Decimal?
                if let value = kpiMap.value("target"), let text = value.scalar?.string {
                    do {
                        target = try ThaiNumber.parse(text)
                    } catch {
                        kpiMap.add(PlanValue(text: text, node: value, in: document).diagnostic(
                            .error, "\"target\" is not a number: \(error.message)", code: "bad-value", hint: error.hint, offset: error.offset))
                    }
                }
                if let kpiID, !seenKPIs.insert(kpiID).inserted {
                    kpiMap.add(document.diagnostic(.error, "the KPI id \"\(kpiID)\" is used twice", at: kpiMap.value("id"), code: "duplicate-id"))
                }
                map.add(contentsOf: kpiMap.finish())
                if let kpiID, let kpiTitle { kpis.append(KPI(id: kpiID, title: kpiTitle, unit: unit, target: target)) }
            }
            fields.add(contentsOf: map.finish())
            if let id, let title { strategies.append(Strategy(id: id, title: title, goals: goals, kpis: kpis)) }
        }
        return strategies
    }
}
