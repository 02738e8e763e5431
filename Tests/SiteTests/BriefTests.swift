import Content
import Foundation
@testable import Site
import Testing
import TestSupport
import Thai

/// The print documents of the bundled example (print.md): the department's
/// brief, the bureaus' briefs and the printable release, as HTML.
@Suite("Briefs and printable releases")
struct BriefTests {
    let build = TestBuild(siteFolder: Repository.root)
    /// The example's plan, as the model computes it.
    static let figures: PlanFigures? = SiteContent.load(folder: Repository.root).0?.plans.first?.figures
    let money = MoneyFormatter(digits: .arabic)

    @Test func thereIsABriefForThePlanAndForEachBureauThatTakesPart() {
        let paths = Set(build.output.paths)
        for path in ["briefs/2556/index.html", "briefs/2556/ctt/index.html", "briefs/2556/cbd/index.html", "briefs/2556/cpd/index.html",
                     "briefs/2556/fund/index.html"] {
            #expect(paths.contains(path), "\(path)")
        }
        // The plan and bureau pages link them.
        #expect(build.output.text("plans/2556/index.html")?.contains("<a href=\"/briefs/2556/\">เอกสารสรุปแผนสำหรับพิมพ์</a>") == true)
        #expect(build.output.text("plans/2556/index.html")?.contains("<a href=\"/briefs/2556/ctt/\">") == true)
        #expect(build.output.text("bureaus/ctt/index.html")?.contains("<a href=\"/briefs/2556/ctt/\">") == true)
        // Print documents are left out of the sitemap.
        #expect(build.output.text("sitemap.xml")?.contains("/briefs/") == false)
    }

    @Test func everyGrandTotalIsThePlansComputedTotal() throws {
        let figures = try #require(Self.figures)
        let brief = try #require(build.output.text("briefs/2556/index.html"))
        let totals = cells(marked: "data-total", in: brief)
        #expect(totals.count == 3)
        #expect(Set(totals) == [money.number(figures.total)])
        #expect(brief.contains("<dd class=\"nowrap\">\(money.baht(figures.total))</dd>"))
    }

    @Test func aBureausBriefAddsUpToItsShareOfThePlan() throws {
        let figures = try #require(Self.figures)
        let brief = try #require(build.output.text("briefs/2556/ctt/index.html"))
        let budget = try #require(figures.byBureau["ctt"])
        // Its lead projects' total and its quarters' total.
        #expect(cells(marked: "data-total", in: brief) == [money.number(budget), money.number(budget)])
        #expect(brief.contains("<dd class=\"nowrap\">\(money.baht(budget))</dd>"))
        // Its lead projects, in plan order.
        let lead = figures.leadProjects["ctt"] ?? []
        #expect(!lead.isEmpty)
        let positions = lead.compactMap { brief.range(of: "<td>\($0)</td>")?.lowerBound }
        #expect(positions.count == lead.count && positions == positions.sorted())
    }

    @Test func amountsAreGroupedAndDatesAreBuddhistEra() throws {
        for path in ["briefs/2556/index.html", "briefs/2556/fund/index.html", "news/2555/four-bureaus-brainstorm/print/index.html"] {
            let page = try #require(build.output.text(path))
            let text = visibleText(page)
            // Every number of five digits or more has its thousands separated.
            for number in runs(of: "0123456789,.", in: text) where number.filter(\.isNumber).count >= 5 {
                let whole = number.prefix { $0 != "." }
                let groups = whole.components(separatedBy: ",")
                #expect(groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 }, "\(path): \(number)")
            }
            // No Gregorian year of the plan's period.
            for year in ["2012", "2013"] {
                #expect(!text.contains(year), "\(path): \(year)")
            }
        }
        let brief = try #require(build.output.text("briefs/2556/index.html"))
        #expect(brief.contains("<span class=\"nowrap\">1 ตุลาคม 2555</span> ถึง <span class=\"nowrap\">30 กันยายน 2556</span>"))
    }

    @Test func noFontStackNamesAFontThatLinuxAliasesToAShrunkenCopy() throws {
        let sheets = build.output.paths.filter { $0.hasSuffix(".css") || $0.hasSuffix(".html") }
        #expect(sheets.contains { $0.hasPrefix("assets/print.") })
        for path in sheets {
            let text = try #require(build.output.text(path))
            let css = (path.hasSuffix(".css") ? withoutComments(text) : styles(in: text)).lowercased()
            #expect(!path.hasSuffix(".css") || css.contains("khao sarabun"), "\(path)")
            for name in ["th sarabun", "thsarabun", "angsana", "cordia", "browallia"] {
                #expect(!css.contains(name), "\(path): \(name)")
            }
        }
    }

    @Test func printDocumentsAreA4WithPageNumbersFromPageTwo() throws {
        let css = try #require(build.output.paths.first { $0.hasPrefix("assets/print.") && $0.hasSuffix(".css") }.flatMap(build.output.text))
        #expect(css.contains("size: A4;"))
        #expect(css.contains("margin: 2.5cm 2cm 2cm 3cm;"))
        #expect(css.contains("text-justify: inter-character;"))
        #expect(css.contains("font: 10.6pt/1.8 \"Khao Sarabun\", serif;"))
        for path in ["briefs/2556/index.html", "news/2555/four-bureaus-brainstorm/print/index.html"] {
            let page = try #require(build.output.text(path))
            #expect(page.contains("@page { @top-center { content: \"- \" counter(page, thai) \" -\"; } }"), "\(path)")
            #expect(page.contains("@page :first { @top-center { content: none; } }"), "\(path)")
            #expect(!page.contains("ดาวน์โหลด PDF"), "\(path): no PDF without khao pdf")
        }
    }

    @Test func thaiDigitsWriteTheFiguresInThai() throws {
        let site = try TemporaryFolder()
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(atPath: Repository.root + "/" + folder, toPath: site.path + "/" + folder)
        }
        let yaml = try site.text("content/site.yaml")
        try site.write("content/site.yaml", yaml.replacingOccurrences(of: "digits: arabic", with: "digits: thai"))
        let figures = try #require(Self.figures)
        let thai = TestBuild(siteFolder: site.path)
        let brief = try #require(thai.output.text("briefs/2556/index.html"))
        #expect(brief.contains("ปีงบประมาณ พ.ศ. ๒๕๕๖"))
        #expect(cells(marked: "data-total", in: brief) == Array(repeating: MoneyFormatter(digits: .thai).number(figures.total), count: 3))
    }

    @Test func theReleaseIsLaidOutAsTheDepartmentsOwn() throws {
        let page = try #require(build.output.text("news/2555/four-bureaus-brainstorm/print/index.html"))
        #expect(page.contains("<p class=\"press-word\">ข่าว</p>\n  <p>กรมส่งเสริมสหกรณ์ กระทรวงเกษตรและสหกรณ์</p>\n  <p>ส่วนเผยแพร่และประชาสัมพันธ์</p>\n  <p>สำนักพัฒนาและถ่ายทอดเทคโนโลยีการสหกรณ์</p>"))
        #expect(page.contains("<p>โทร. <span class=\"nowrap\">0 2241 5885</span> โทรสาร <span class=\"nowrap\">0 2241 5885</span></p>"))
        #expect(page.contains("<h1 class=\"press-title\">ระดมสมอง 4 หน่วยงานในสังกัดกรมส่งเสริมสหกรณ์</h1>"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"/assets/print."))
        #expect(page.contains("<button type=\"button\" data-print hidden>"))
        // Its people's names and its years stay on one line.
        #expect(page.contains("<span class=\"nowrap\">นายสมชาย ชาญณรงค์กุล</span> อธิบดีกรมส่งเสริมสหกรณ์"))
    }

    /// The texts of the table cells carrying `attribute`.
    private func cells(marked attribute: String, in page: String) -> [String] {
        page.components(separatedBy: " \(attribute)>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    /// CSS without its comments (which may name the fonts they warn of).
    private func withoutComments(_ css: String) -> String {
        css.components(separatedBy: "/*").enumerated().map { $0.offset == 0 ? $0.element : ($0.element.components(separatedBy: "*/").last ?? "") }
            .joined()
    }

    /// The CSS of a page: its `<style>` elements and `style` attributes.
    private func styles(in page: String) -> String {
        let blocks = page.components(separatedBy: "<style>").dropFirst().map { $0.components(separatedBy: "</style>")[0] }
        let attributes = page.components(separatedBy: " style=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        return (blocks + attributes).joined(separator: "\n")
    }

    /// The text of the page's body, tags and the head left out.
    private func visibleText(_ page: String) -> String {
        let body = page.components(separatedBy: "<body").dropFirst().joined()
        var text = ""
        var inTag = false
        for character in body {
            if character == "<" { inTag = true } else if character == ">" { inTag = false; text.append(" ") } else if !inTag { text.append(character) }
        }
        return text
    }

    /// The longest runs of characters from `set` in `text`.
    private func runs(of set: String, in text: String) -> [String] {
        // A comma or point at either end is punctuation: "1: 5,000,000, 2: …".
        text.split { !set.contains($0) }.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ",.")) }
            .filter { $0.contains { $0.isNumber } }
    }
}
