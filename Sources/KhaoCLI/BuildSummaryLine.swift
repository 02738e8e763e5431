import Foundation
import Site

/// The words of a build's last lines.
enum BuildSummaryLine {
    /// `built 1,286 pages (1,200 news, 48 tags, 4 bureaus, 1 plan, 5 briefs, 5 pages) in 0.84 s → output/`
    static func text(_ counts: BuildCounts, seconds: Double, output: String, warnings: String?) -> String {
        let parts = [
            count(counts.releases, "news", "news"), count(counts.tags, "tag", "tags"), count(counts.bureaus, "bureau", "bureaus"),
            count(counts.years, "year", "years"), count(counts.plans, "plan", "plans"), count(counts.briefs, "brief", "briefs"),
            count(counts.standingPages, "page", "pages"),
        ]
        let line = "built \(grouped(counts.pages)) pages (\(parts.joined(separator: ", "))) in \(String(format: "%.2f", seconds)) s → \(output)"
        return warnings.map { line + " (\($0))" } ?? line
    }

    /// Time per stage, on the clock and in CPU, with the peak memory when
    /// it ended, and time per template when asked, slowest first.
    static func metrics(_ times: StageTimes, templates: Bool) -> String {
        var lines = ["stage                      seconds   cpu s   peak MB"]
        for stage in times.stages {
            lines.append(stage.name.padding(toLength: 26, withPad: " ", startingAt: 0)
                         + String(format: "%8.3f%8.3f%10d", stage.seconds, stage.cpuSeconds, stage.peakBytes >> 20))
        }
        lines.append("total".padding(toLength: 26, withPad: " ", startingAt: 0)
                     + String(format: "%8.3f%8.3f%10d", times.total, times.totalCPU, (times.stages.last?.peakBytes ?? 0) >> 20))
        if templates {
            lines.append("template (render time, all threads)")
            for (name, seconds) in times.templates.sorted(by: { $0.value > $1.value }) {
                lines.append(name.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: "%8.3f", seconds))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func count(_ number: Int, _ one: String, _ many: String) -> String {
        "\(grouped(number)) \(number == 1 ? one : many)"
    }

    private static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
