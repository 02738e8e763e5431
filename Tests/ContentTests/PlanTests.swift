import Content
import Diagnostics
import Foundation
import Testing

@Suite("Loading and checking a plan")
struct PlanTests {
    static let yaml = """
        title: แผนปฏิบัติงาน
        fiscal_year: 2556
        stages:
          - { id: people, title: พัฒนาคน, lead: ctt }
        strategies:
          - id: S1
            title: ยุทธศาสตร์ที่หนึ่ง
        projects: projects.csv
        budget:
          total: 300
          by_bureau: { ctt: 100, cbd: 200 }

        """
    static let header = "id,title,strategy,stage,lead,support,budget,q1,q2,q3,q4,start,end,status\n"
    static let p1 = "P1,หนึ่ง,S1,people,ctt,cbd,100,25,25,25,25,1/10/2555,30/9/2556,running\n"
    static let p2 = "P2,สอง,S1,,cbd,ctt,\"200\",50,50,50,50,,,\n"

    /// A site with the plan of 2556: `yaml` and the CSV rows after the header.
    static func site(yaml: String = yaml, rows: String = p1 + p2) throws -> SiteFolder {
        let site = try SiteFolder()
        try site.write("content/plans/2556/plan.yaml", yaml)
        try site.write("content/plans/2556/projects.csv", header + rows)
        return site
    }

    static func edited(_ text: String, _ old: String, _ new: String) -> String {
        precondition(text.contains(old), "the fixture has no \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func aGoodPlanLoadsWithItsFigures() throws {
        let site = try Self.site()
        let (content, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        let plan = try #require(content?.plan(2556))
        #expect(plan.projects.map(\.id) == ["P1", "P2"])
        #expect(plan.projectsPath == "content/plans/2556/projects.csv")
        let p1 = plan.projects[0], p2 = plan.projects[1]
        #expect(p1.status == .running && p2.status == .planned)
        #expect(p1.stage == "people" && p2.stage == nil)
        #expect(p1.support == ["cbd"])
        #expect(p1.quarters == [25, 25, 25, 25])
        #expect(p1.start != nil && p2.start == nil)
        let figures = plan.figures
        #expect(figures.total == 300)
        #expect(figures.byBureau == ["ctt": 100, "cbd": 200])
        #expect(figures.byStrategy == ["S1": 300])
        #expect(figures.byStage == ["people": 100])
        #expect(figures.byQuarter == [75, 75, 75, 75])
        #expect(figures.leadProjects == ["ctt": ["P1"], "cbd": ["P2"]])
        #expect(figures.supportProjects == ["cbd": ["P1"], "ctt": ["P2"]])
        #expect(figures.shared("cbd", "ctt") == PlanFigures.Shared(projects: ["P1", "P2"], budget: 300))
        #expect(plan.declaredBudget == Plan.DeclaredBudget(total: 300, byBureau: ["ctt": 100, "cbd": 200]))
    }

    @Test func projectsMayBeAnInlineListWithKPIs() throws {
        let yaml = Self.edited(Self.yaml, "projects: projects.csv", """
            projects:
              - { id: P1, title: หนึ่ง, strategy: S1, lead: ctt, support: [cbd], budget: "100", kpi: คนที่อบรม, unit: คน, target: "๑,๒๐๐" }
              - { id: P2, title: สอง, strategy: S1, lead: cbd, budget: 200, q1: 200, start: 2012-10-01, status: done }
            """)
        let site = try SiteFolder()
        try site.write("content/plans/2556/plan.yaml", yaml)
        let (content, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        let plan = try #require(content?.plans.first)
        #expect(plan.projectsPath == "content/plans/2556/plan.yaml")
        #expect(plan.projects[0].kpi == Plan.KPI(id: "P1", title: "คนที่อบรม", unit: "คน", target: 1200))
        #expect(plan.figures.kpisByBureau["ctt"]?.map(\.target) == [1200])
        #expect(plan.projects[1].quarters == [200, 0, 0, 0])
        #expect(plan.projects[1].status == .done)
    }

    @Test func releasesAreCountedPerProjectAndBureau() throws {
        let site = try Self.site()
        try site.write("content/news/a.md", "---\ntitle: ข่าว\ndate: 2012-09-20\nplan: 2556\nprojects: [P1]\n---\n")
        try site.write("content/news/b.md", "---\ntitle: ข่าวสอง\ndate: 2012-09-21\nbureaus: [cbd]\n---\n")
        let (content, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        let content_ = try #require(content)
        let links = content_.releases(of: try #require(content_.plan(2556)))
        #expect(links.byProject == ["P1": ["content/news/a.md"]])
        #expect(links.byBureau == ["cbd": ["content/news/b.md", "content/news/a.md"], "ctt": ["content/news/a.md"]])
    }

    @Test func anUnknownKeyInPlanYAML() throws {
        let site = try Self.site(yaml: Self.edited(Self.yaml, "fiscal_year: 2556\n", "fiscal_year: 2556\nmoto: สหกรณ์เข้มแข็ง\n"))
        #expect(site.printed() == """
            content/plans/2556/plan.yaml:3:1: error: unknown-key: unknown key "moto" in plan.yaml
                3 | moto: สหกรณ์เข้มแข็ง
                  | ^~~~
            hint: did you mean "motto"?

            """)
        #expect(site.load().0 == nil)
    }

    @Test func anUnknownStrategyInACSVRow() throws {
        let site = try Self.site(rows: Self.edited(Self.p1, ",S1,", ",S2,") + Self.p2)
        #expect(site.printed() == """
            content/plans/2556/projects.csv:2:10: error: unknown-strategy: "strategy" in row 2 names an unknown strategy "S2"
                2 | P1,หนึ่ง,S2,people,ctt,cbd,100,25,25,25,25,1/10/2555,30/9/2556,running
                  |        ^~
            hint: did you mean "S1"? the plan's strategies are S1

            """)
    }

    @Test func anUnknownBureauInSupport() throws {
        let site = try Self.site(rows: Self.edited(Self.p1, ",cbd,", ",cbd;ctx,") + Self.p2)
        #expect(site.printed() == """
            content/plans/2556/projects.csv:2:28: error: unknown-bureau: "support" in row 2 names an unknown bureau "ctx"
                2 | P1,หนึ่ง,S1,people,ctt,cbd;ctx,100,25,25,25,25,1/10/2555,30/9/2556,running
                  |                          ^~~
            hint: did you mean "ctt"? known bureaus are ctt, cbd (content/site.yaml:4)

            """)
    }

    @Test func aRaggedCSVRowIsTheReadersErrorAlone() throws {
        // The row is left out, so the declared totals are not compared with a short sum.
        let site = try Self.site(rows: Self.p1 + "P2,สอง,S1,,cbd,ctt,200,50,50,50,50,,\n")
        #expect(site.printed() == """
            content/plans/2556/projects.csv:3:1: error: csv-field-count: row 3 has 13 fields; the header has 14
                3 | P2,สอง,S1,,cbd,ctt,200,50,50,50,50,,
                  | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            hint: add the missing fields, empty if need be, so that every row has 14 fields

            """)
    }

    @Test func anAmountWithTheLetterOPointsAtTheLetter() throws {
        let site = try Self.site(rows: Self.p1 + Self.edited(Self.p2, "\"200\"", "\"12,5OO\""))
        let diagnostics = site.load().1
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 3)
        #expect(diagnostics.first?.column == 25)
        #expect(site.printed() == """
            content/plans/2556/projects.csv:3:25: error: bad-amount: "budget" in row 3 is not a number: The character 'O' (U+004F) cannot appear in a number.
                3 | P2,สอง,S1,,cbd,ctt,"12,5OO",50,50,50,50,,,
                  |                         ^
            hint: Use only digits (0-9 or ๐-๙), commas between thousands, one decimal point, a leading minus sign and an optional บาท at the end.

            """)
    }

    @Test func aNegativeAmount() throws {
        let site = try Self.site(rows: Self.p1 + Self.edited(Self.p2, ",50,50,50,50,", ",50,50,150,-50,"))
        #expect(site.load().1.map(\.message) == ["\"q4\" in row 3 is negative: -50"])
    }

    @Test func quartersThatDoNotAddUpToTheBudget() throws {
        let site = try Self.site(rows: Self.edited(Self.p1, ",25,25,25,25,", ",25,25,25,20,") + Self.p2)
        #expect(site.printed() == """
            content/plans/2556/projects.csv:2:28: error: plan-quarters: the quarters of row 2 add up to 95, but "budget" is 100
                2 | P1,หนึ่ง,S1,people,ctt,cbd,100,25,25,25,20,1/10/2555,30/9/2556,running
                  |                          ^~~
            hint: q1 + q2 + q3 + q4 must equal the budget (a difference of 5); an empty quarter counts as 0

            """)
    }

    @Test func aDeclaredTotalOffByOneBaht() throws {
        let site = try Self.site(yaml: Self.edited(Self.yaml, "total: 300", "total: 301"))
        #expect(site.printed() == """
            content/plans/2556/plan.yaml:10:10: error: plan-total: "total" is 301, but the projects add up to 300
               10 |   total: 301
                  |          ^~~
            hint: a difference of 1 baht; correct the declared figure or the projects, so briefs print true totals

            """)
    }

    @Test func aDeclaredBureauTotalThatDiffers() throws {
        let site = try Self.site(yaml: Self.edited(Self.yaml, "by_bureau: { ctt: 100, cbd: 200 }", "by_bureau: { ctt: 100 }"))
        #expect(site.load().1.map(\.message) == ["\"by_bureau\" leaves out cbd, whose projects add up to 200"])
        let other = try Self.site(yaml: Self.edited(Self.yaml, "ctt: 100,", "ctt: \"1,000\","))
        #expect(other.load().1.map(\.message) == ["\"by_bureau\" gives ctt 1,000, but the projects ctt leads add up to 100"])
    }

    @Test func aDateOutsideTheFiscalYear() throws {
        let site = try Self.site(rows: Self.edited(Self.p1, "30/9/2556", "1/10/2556") + Self.p2)
        #expect(site.printed() == """
            content/plans/2556/projects.csv:2:54: error: plan-date: "end" in row 2 is 1/10/2556, outside fiscal year 2556 (it is in 2557)
                2 | P1,หนึ่ง,S1,people,ctt,cbd,100,25,25,25,25,1/10/2555,1/10/2556,running
                  |                                                    ^~~~~~~~~
            hint: fiscal year 2556 runs from 1/10/2555 to 30/9/2556

            """)
    }

    @Test func aDuplicateProjectIdNamesTheFirst() throws {
        let site = try Self.site(rows: Self.p1 + Self.edited(Self.p2, "P2,", "P1,"))
        #expect(site.printed() == """
            content/plans/2556/projects.csv:3:1: error: duplicate-id: the project id "P1" in row 3 is used twice; the first is in row 2
                3 | P1,สอง,S1,,cbd,ctt,"200",50,50,50,50,,,
                  | ^~
            hint: the first is at content/plans/2556/projects.csv:2:1; give each project its own id

            """)
    }

    @Test func aReleaseNamingAnUnknownProject() throws {
        let site = try Self.site()
        try site.write("content/news/a.md", "---\ntitle: ข่าว\ndate: 2012-09-20\nplan: 2556\nprojects: [P1, P3]\n---\n")
        #expect(site.printed() == """
            content/news/a.md:5:16: error: unknown-project: "projects" names an unknown project "P3" of plan 2556
                5 | projects: [P1, P3]
                  |                ^~
            hint: did you mean "P1"? the projects of plan 2556 are in content/plans/2556/projects.csv

            """)
        #expect(site.load().0 == nil)
    }

    @Test func aReleaseNamingAPlanThatDoesNotExist() throws {
        let site = try SiteFolder()
        try site.write("content/news/a.md", "---\ntitle: ข่าว\ndate: 2012-09-20\nplan: 2557\nprojects: [P1]\n---\n")
        #expect(site.printed() == """
            content/news/a.md:4:7: error: unknown-plan: there is no plan for fiscal year 2557
                4 | plan: 2557
                  |       ^~~~
            hint: plans are content/plans/YEAR/plan.yaml; there are none

            """)
    }

    @Test func aWindows874TableLoadsWithOneWarning() throws {
        let site = try Self.site()
        // "โครงการ" in Windows-874, as Thai Excel saves a CSV.
        try site.write("content/plans/2556/projects.csv", bytes: Array((Self.header + "P1,").utf8) + [226, 164, 195, 167, 161, 210, 195]
            + Array(",S1,people,ctt,cbd,100,25,25,25,25,1/10/2555,30/9/2556,running\nP2,two,S1,,cbd,ctt,200,50,50,50,50,,,\n".utf8))
        #expect(site.printed() == """
            content/plans/2556/projects.csv:1:1: warning: windows-874: the file is not UTF-8; it was read as Windows-874 (TIS-620) Thai
            hint: run `khao normalize --write` on it to convert it to UTF-8, or save as "CSV UTF-8" in Excel

            """)
        #expect(site.load().0?.plans.first?.projects.first?.title == "โครงการ")
    }

    @Test func theBundledPlanLoadsWithoutAWordAndAddsUp() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path
        let (content, diagnostics) = SiteContent.load(folder: root)
        #expect(diagnostics.isEmpty)
        let plan = try #require(content?.plan(2556))
        #expect(plan.projects.count == 18)
        #expect(plan.note?.hasPrefix("ตัวเลขงบประมาณ") == true)
        let figures = plan.figures
        #expect(figures.byBureau == ["ctt": 39_990_000, "cbd": 73_950_000, "cpd": 42_850_000, "fund": 32_100_000])
        #expect(figures.total == 188_890_000)
        #expect(plan.declaredBudget?.total == figures.total)
        #expect(plan.declaredBudget?.byBureau == figures.byBureau)
        #expect(figures.byQuarter.reduce(0, +) == figures.total)
        #expect(figures.byStrategy.values.reduce(0, +) == figures.total)
        let links = try #require(content).releases(of: plan)
        #expect(links.byProject["ctt-01"]?.count == 2)
    }
}
