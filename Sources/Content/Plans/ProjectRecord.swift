import Foundation
import Diagnostics
import Yams

/// The fields of one project as written, before they are checked: a row of
/// the plan's CSV table or a map of its inline `projects:` list.
struct ProjectRecord {
    static let fields = ["id", "title", "strategy", "stage", "lead", "support", "budget", "q1", "q2", "q3", "q4",
                         "start", "end", "kpi", "unit", "target", "status"]
    static let required = ["id", "title", "strategy", "lead", "budget"]

    /// How messages name it: "row 7" (the row a spreadsheet shows) or "project 2".
    let label: String
    /// Field → its value, trimmed; absent when empty.
    let values: [String: PlanValue]
    /// The `support` items, each at its own place.
    let support: [PlanValue]
    /// The error for a required field that is missing; nil when it has been
    /// reported already (a column missing from the whole table).
    let missing: (String) -> Diagnostic?

    subscript(field: String) -> PlanValue? { values[field] }

    /// The records of a CSV table, after an error for each unknown or missing
    /// column of its header.
    static func records(of table: CSVTable, diagnostics: inout [Diagnostic]) -> [ProjectRecord] {
        for (index, name) in table.columns.enumerated() where !fields.contains(name) {
            let cell = table.header.fields[index].trimmed()
            let hint = Suggestion.hint(for: name, among: fields) ?? "the columns are \(fields.joined(separator: ", "))"
            diagnostics.append(table.diagnostic(.error, "unknown column \"\(name)\" in the projects table", at: cell,
                                                code: "unknown-column", hint: hint))
        }
        for name in required where !table.columns.contains(name) {
            let first = table.header.fields.first ?? CSVField(text: "", line: table.header.line, column: 1)
            diagnostics.append(table.diagnostic(.error, "the projects table has no \"\(name)\" column", at: first,
                                                code: "missing-column", hint: "every project needs \(required.joined(separator: ", "))"))
        }
        return table.rows.map { row in
            let label = "row \(row.rowNumber)"
            var values = [String: PlanValue]()
            for name in fields where name != "support" {
                if let cell = row[name]?.trimmed(), !cell.text.isEmpty {
                    values[name] = PlanValue(cell: cell, in: table)
                }
            }
            let support = row["support"]?.items().map { PlanValue(cell: $0, in: table) } ?? []
            return ProjectRecord(label: label, values: values, support: support) { name in
                guard let cell = row[name] else { return nil }
                return table.diagnostic(.error, "\"\(name)\" in \(label) is empty", at: cell, code: "missing-field",
                                        hint: "every project needs \(required.joined(separator: ", "))")
            }
        }
    }

    /// The records of an inline `projects:` list, with an error for each
    /// unknown key and each value that is not text.
    static func records(of nodes: [Node], in document: YAMLDocument, diagnostics: inout [Diagnostic]) -> [ProjectRecord] {
        nodes.enumerated().map { index, node in
            let label = "project \(index + 1)"
            var map = YAMLFields(node, in: document, known: fields, owner: label)
            var values = [String: PlanValue]()
            for name in fields where name != "support" {
                if let text = map.text(name, oneLine: true)?.trimmingCharacters(in: .whitespaces), !text.isEmpty,
                   let value = map.value(name) {
                    values[name] = PlanValue(text: text, node: value, in: document)
                }
            }
            var support = [PlanValue]()
            for (text, item) in map.textList("support") {
                for part in text.split(separator: ";") {
                    let id = part.trimmingCharacters(in: .whitespaces)
                    if !id.isEmpty { support.append(PlanValue(text: id, node: item, in: document)) }
                }
            }
            diagnostics += map.finish()
            return ProjectRecord(label: label, values: values, support: support) { name in
                document.diagnostic(.error, "\(label) needs \"\(name)\"", at: node, code: "missing-field", length: 1)
            }
        }
    }
}
