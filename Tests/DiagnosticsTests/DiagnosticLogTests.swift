import Diagnostics
import Testing

@Suite("A run's diagnostics")
struct DiagnosticLogTests {
    @Test func countsBySeverityAndSummarises() {
        var log = DiagnosticLog()
        #expect(log.summary == nil)
        log.append(.error("a", path: "x"))
        log.append(contentsOf: [.warning("b", path: "x"), .warning("c", path: "x")])
        #expect(log.hasErrors)
        #expect(log.summary == "1 error, 2 warnings")
    }

    @Test func keepsUpToTheLimitAndCountsTheRest() {
        var log = DiagnosticLog(limit: 100)
        for index in 0..<105 {
            log.append(.error("problem \(index)", path: "x"))
        }
        #expect(log.diagnostics.count == 100)
        #expect(log.diagnostics.last?.message == "problem 99")
        #expect(log.omittedCount == 5)
        #expect(log.summary == "105 errors (5 not shown)")
    }

    @Test func aFullLogGivesWayToErrors() {
        var log = DiagnosticLog(limit: 3)
        for index in 0..<5 {
            log.append(.warning("warning \(index)", path: "x"))
        }
        log.append(.error("the error", path: "x"))
        #expect(log.diagnostics.map(\.message) == ["warning 0", "warning 1", "the error"])
        #expect(log.summary == "1 error, 5 warnings (3 not shown)")
    }

    /// The same problem at the same place (a YAML alias used nine times)
    /// is said once; the same message elsewhere is another problem.
    @Test func theSameDiagnosticTwiceIsKeptOnce() {
        var log = DiagnosticLog()
        let twice = Diagnostic.error("each item of \"tags\" must be text", path: "content/news/b.md", line: 12, column: 5, code: "yaml-type")
        log.append(contentsOf: [twice, twice, .warning("w", path: "x"), .warning("w", path: "x")])
        var elsewhere = twice
        elsewhere.line = 13
        log.append(elsewhere)
        #expect(log.diagnostics == [twice, .warning("w", path: "x"), elsewhere])
        #expect(log.summary == "2 errors, 1 warning")
    }

    @Test func warningsAloneAreNotErrors() {
        var log = DiagnosticLog()
        log.append(.warning("w", path: "x"))
        #expect(!log.hasErrors)
        #expect(log.summary == "1 warning")
    }
}
