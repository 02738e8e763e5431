import Content
import Foundation
import Templates

/// A fiscal year's plan (plans.md) with the figures computed from its projects.
///
/// ```
/// <p>งบประมาณรวม {{ plan.total | baht }}</p>
/// {% for row in plan.by_bureau %}{{ row.bureau.name }}: {{ row.budget | baht }}{% endfor %}
/// ```
final class PlanObject: ModelObject {
    static let fields = [
        "year", "title", "url", "permalink", "brief_url", "note", "motto", "strategic_plan", "first_day", "last_day", "stages",
        "strategies", "projects", "total", "by_bureau", "by_strategy", "by_stage", "by_quarter", "matrix", "matrix_rows", "kpis",
        "briefs", "releases",
    ]
    var typeName: String { "plan" }
    var key: String { "plan \(plan.fiscalYear.year)" }

    let plan: Plan
    let figures: PlanFigures
    let projects: [ProjectObject]
    let releaseIndices: [Int]
    unowned let directory: Directory

    init(plan: Plan, releaseIndices: [Int], projectReleases: [String: [Int]], directory: Directory) {
        self.plan = plan
        self.figures = plan.figures
        self.releaseIndices = releaseIndices
        self.directory = directory
        let year = plan.fiscalYear.year
        projects = plan.projects.map { ProjectObject(project: $0, year: year, releaseIndices: projectReleases[$0.id] ?? [],
                                                     directory: directory) }
    }

    var path: String { SiteURLs.plan(year: plan.fiscalYear.year) }

    func project(_ id: String) -> ProjectObject? {
        projects.first { $0.project.id == id }
    }

    /// The projects with `ids`, in that order.
    func projects(ids: [String]) -> [ProjectObject] {
        ids.compactMap(project)
    }

    /// The briefs of the bureaus that lead or support a project, in the
    /// site's bureau order (the directory's bureaus are filled after the plans).
    var briefs: [BureauBriefObject] {
        directory.bureaus.map { BureauBriefObject(bureau: $0, plan: self) }.filter(\.takesPart)
    }

    /// The chain of work, each stage with its lead bureau's id.
    var stageRows: [(lead: String, value: Value)] {
        let rows: [OrderedMap] = plan.stages.enumerated().map { number, stage in
            ["id": .text(stage.id), "number": .integer(number + 1), "title": .text(stage.title), "lead": bureau(stage.lead),
             "budget": .decimal(figures.byStage[stage.id] ?? 0),
             "projects": .objects(projects.filter { $0.project.stage == stage.id })]
        }
        return zip(plan.stages, PlanShares.adding(to: rows, total: figures.total)).map { ($0.lead, $1) }
    }

    func value(_ name: String) -> Value? {
        let urls = directory.urls
        switch name {
        case "year": return .integer(plan.fiscalYear.year)
        case "title": return .text(plan.title)
        case "url": return .text(urls.link(path))
        case "permalink": return .text(urls.absolute(path))
        case "brief_url": return .text(urls.link(SiteURLs.brief(year: plan.fiscalYear.year)))
        case "note": return plan.note.map(Value.text) ?? Value.none
        case "motto": return plan.motto.map(Value.text) ?? Value.none
        case "strategic_plan":
            guard let strategic = plan.strategicPlan else { return Value.none }
            return ["title": .text(strategic.title), "first_year": strategic.years.map { .integer($0.lowerBound) } ?? Value.none,
                    "last_year": strategic.years.map { .integer($0.upperBound) } ?? Value.none,
                    "vision": strategic.vision.map(Value.text) ?? Value.none]
        case "first_day": return .date(plan.fiscalYear.start(in: directory.configuration.timeZone))
        // The last second of 30 September: a date filter shows that day.
        case "last_day": return .date(plan.fiscalYear.end(in: directory.configuration.timeZone).addingTimeInterval(-1))
        case "stages": return .list(stageRows.map(\.value))
        case "strategies": return .list(plan.strategies.map { strategy in
            ["id": .text(strategy.id), "title": .text(strategy.title), "goals": .texts(strategy.goals),
             "kpis": .list(strategy.kpis.map(KPIValue.make)), "budget": .decimal(figures.byStrategy[strategy.id] ?? 0),
             "projects": .objects(projects.filter { $0.project.strategy == strategy.id })]
        })
        case "projects": return .objects(projects)
        case "total": return .decimal(figures.total)
        case "by_bureau": return .list(PlanShares.adding(to: directory.bureaus.map { bureau in
            ["bureau": .object(bureau), "budget": .decimal(figures.byBureau[bureau.id] ?? 0),
             "lead_count": .integer(figures.leadProjects[bureau.id]?.count ?? 0),
             "support_count": .integer(figures.supportProjects[bureau.id]?.count ?? 0)]
        }, total: figures.total))
        case "by_strategy": return .list(PlanShares.adding(to: plan.strategies.map { strategy in
            ["id": .text(strategy.id), "title": .text(strategy.title), "budget": .decimal(figures.byStrategy[strategy.id] ?? 0),
             "count": .integer(plan.projects.count { $0.strategy == strategy.id })]
        }, total: figures.total))
        case "by_stage": return .list(PlanShares.adding(to: plan.stages.map { stage in
            ["id": .text(stage.id), "title": .text(stage.title), "budget": .decimal(figures.byStage[stage.id] ?? 0)]
        }, total: figures.total))
        case "by_quarter": return PlanShares.quarterRows(figures.byQuarter)
        case "matrix": return .list(figures.matrix.keys.sorted { ($0.first, $0.second) < ($1.first, $1.second) }.map { pair in
            let shared = figures.matrix[pair]
            return ["first": bureau(pair.first), "second": bureau(pair.second), "count": .integer(shared?.count ?? 0),
                    "budget": .decimal(shared?.budget ?? 0), "projects": .objects((shared?.projects ?? []).compactMap { project($0) })]
        })
        case "matrix_rows": return .list(matrixRows)
        case "kpis": return .list(kpis)
        case "briefs": return .objects(briefs)
        case "releases": return directory.releases(releaseIndices)
        default: return nil
        }
    }

    private func bureau(_ id: String) -> Value {
        directory.bureausByID[id].map { .object($0) } ?? .text(id)
    }

    /// The cross-bureau matrix as a grid over the bureaus that take part:
    /// a row per bureau, a cell per bureau (`self` on the diagonal).
    private var matrixRows: [Value] {
        let bureaus = briefs.map(\.bureau)
        return bureaus.map { row in
            ["bureau": .object(row), "cells": .list(bureaus.map { column in
                let shared = figures.shared(row.id, column.id)
                return ["bureau": .object(column), "self": .bool(row.id == column.id), "count": .integer(shared.count),
                        "budget": .decimal(shared.budget)]
            })]
        }
    }

    /// Every KPI of the plan: the strategies' own, then each project's,
    /// with the strategy and the project (if any) and the lead bureau.
    private var kpis: [Value] {
        let ofStrategies: [Value] = plan.strategies.flatMap { strategy in
            strategy.kpis.map { kpi -> Value in
                var row = KPIValue.fields(kpi)
                row["strategy"] = ["id": .text(strategy.id), "title": .text(strategy.title)]
                row["project"] = Value.none
                row["lead"] = Value.none
                return .map(row)
            }
        }
        let ofProjects: [Value] = projects.compactMap { object in
            guard let kpi = object.project.kpi else { return nil }
            var row = KPIValue.fields(kpi)
            row["strategy"] = object.value("strategy") ?? Value.none
            row["project"] = .object(object)
            row["lead"] = bureau(object.project.lead)
            return .map(row)
        }
        return ofStrategies + ofProjects
    }
}

/// One project of a plan: `/plans/2556/projects/P01/`.
final class ProjectObject: ModelObject {
    static let fields = ["id", "title", "url", "permalink", "strategy", "stage", "lead", "support", "bureaus", "budget", "quarters",
                         "q1", "q2", "q3", "q4", "start", "end", "kpi", "status", "releases", "year"]
    var typeName: String { "project" }
    var key: String { "project \(year) \(project.id)" }

    let project: Project
    let year: Int
    let releaseIndices: [Int]
    unowned let directory: Directory

    init(project: Project, year: Int, releaseIndices: [Int], directory: Directory) {
        self.project = project
        self.year = year
        self.releaseIndices = releaseIndices
        self.directory = directory
    }

    var path: String { SiteURLs.project(year: year, id: project.id) }

    func value(_ name: String) -> Value? {
        let plan = directory.plan(year)?.plan
        switch name {
        case "id": return .text(project.id)
        case "title": return .text(project.title)
        case "year": return .integer(year)
        case "url": return .text(directory.urls.link(path))
        case "permalink": return .text(directory.urls.absolute(path))
        case "strategy":
            guard let strategy = plan?.strategy(project.strategy) else { return .text(project.strategy) }
            return ["id": .text(strategy.id), "title": .text(strategy.title)]
        case "stage":
            guard let id = project.stage, let stage = plan?.stage(id) else { return Value.none }
            return ["id": .text(stage.id), "title": .text(stage.title)]
        case "lead": return bureau(project.lead)
        case "support": return .list(project.support.map(bureau))
        case "bureaus": return .list(project.bureaus.map(bureau))
        case "budget": return .decimal(project.budget)
        case "quarters": return .list(project.quarters.map(Value.decimal))
        case "q1": return .decimal(project.q1)
        case "q2": return .decimal(project.q2)
        case "q3": return .decimal(project.q3)
        case "q4": return .decimal(project.q4)
        case "start": return project.start.map(Value.date) ?? Value.none
        case "end": return project.end.map(Value.date) ?? Value.none
        case "kpi": return project.kpi.map(KPIValue.make) ?? Value.none
        case "status": return .text(project.status.rawValue)
        case "releases": return directory.releases(releaseIndices)
        default: return nil
        }
    }

    private func bureau(_ id: String) -> Value {
        directory.bureausByID[id].map { .object($0) } ?? .text(id)
    }
}

enum KPIValue {
    static func make(_ kpi: Plan.KPI) -> Value {
        .map(fields(kpi))
    }

    static func fields(_ kpi: Plan.KPI) -> OrderedMap {
        ["id": .text(kpi.id), "title": .text(kpi.title), "unit": kpi.unit.map(Value.text) ?? Value.none,
         "target": kpi.target.map(Value.decimal) ?? Value.none]
    }
}
