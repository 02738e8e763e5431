import Diagnostics
import Foundation
import Thai
import Yams

/// Reads a plan's declared `budget:` and compares it with the sums of its
/// projects. Any difference is an error: a brief printed with wrong totals
/// is the worst outcome of all.
struct DeclaredBudgetCheck {
    let document: YAMLDocument
    let declared: Plan.DeclaredBudget
    private(set) var diagnostics = [Diagnostic]()
    private var totalNode: Node?
    private var byBureauNode: Node?
    private var bureauNodes = [String: Node]()

    init(node: Node, document: YAMLDocument, bureaus: BureauList) {
        self.document = document
        var map = YAMLFields(node, in: document, known: ["total", "by_bureau"], owner: "\"budget\"")
        var declared = Plan.DeclaredBudget(total: nil, byBureau: [:])
        totalNode = map.value("total")
        if let totalNode {
            declared.total = Self.amount(totalNode, "total", document: document, into: &map)
        }
        byBureauNode = map.value("by_bureau")
        if let byBureauNode {
            if let mapping = byBureauNode.mapping {
                for (key, value) in mapping {
                    guard let id = key.string else { continue }
                    if let problem = bureaus.check(PlanValue(text: id, node: key, in: document), "\"by_bureau\"") {
                        map.add(problem)
                    } else if let amount = Self.amount(value, id, document: document, into: &map) {
                        declared.byBureau[id] = amount
                        bureauNodes[id] = value
                    }
                }
            } else {
                map.add(document.diagnostic(.error, "\"by_bureau\" must be a map of bureau: amount, as in { ctt: 310000000 }",
                                            at: byBureauNode, code: "yaml-type"))
            }
        }
        self.declared = declared
        diagnostics = map.finish()
    }

    /// An error for each declared figure that differs from the projects' sum.
    mutating func compare(with projects: [Project]) {
        let total = projects.reduce(Decimal(0)) { $0 + $1.budget }
        if let declaredTotal = declared.total, declaredTotal != total {
            diagnostics.append(document.diagnostic(
                .error, "\"total\" is \(Self.figure(declaredTotal)), but the projects add up to \(Self.figure(total))", at: totalNode,
                code: "plan-total", hint: Self.hint(declaredTotal - total)))
        }
        guard let byBureauNode, byBureauNode.mapping != nil else { return }
        var sums = [String: Decimal]()
        for project in projects { sums[project.lead, default: 0] += project.budget }
        for (id, amount) in declared.byBureau.sorted(by: { $0.key < $1.key }) where amount != sums[id] ?? 0 {
            diagnostics.append(document.diagnostic(
                .error, "\"by_bureau\" gives \(id) \(Self.figure(amount)), but the projects \(id) leads add up to \(Self.figure(sums[id] ?? 0))",
                at: bureauNodes[id], code: "plan-total", hint: Self.hint(amount - (sums[id] ?? 0))))
        }
        for (id, sum) in sums.sorted(by: { $0.key < $1.key }) where declared.byBureau[id] == nil && sum != 0 {
            diagnostics.append(document.diagnostic(
                .error, "\"by_bureau\" leaves out \(id), whose projects add up to \(Self.figure(sum))", at: byBureauNode,
                code: "plan-total", hint: "add \(id): \(sum) to by_bureau"))
        }
    }

    private static func hint(_ difference: Decimal) -> String {
        "a difference of \(figure(abs(difference))) baht; correct the declared figure or the projects, so briefs print true totals"
    }

    private static func figure(_ value: Decimal) -> String {
        ProjectReader.figure(value)
    }

    private static func amount(_ node: Node, _ name: String, document: YAMLDocument, into map: inout YAMLFields) -> Decimal? {
        guard let text = node.scalar?.string else {
            map.add(document.diagnostic(.error, "\"\(name)\" must be an amount in baht", at: node, code: "yaml-type"))
            return nil
        }
        let value = PlanValue(text: text, node: node, in: document)
        do {
            let amount = try ThaiNumber.parseBaht(text)
            if amount < 0 {
                map.add(value.diagnostic(.error, "\"\(name)\" is negative: \(text)", code: "bad-amount", hint: "amounts are baht, 0 or more"))
                return nil
            }
            return amount
        } catch {
            map.add(value.diagnostic(.error, "\"\(name)\" is not a number: \(error.message)", code: "bad-amount",
                                     hint: error.hint, offset: error.offset))
            return nil
        }
    }
}
