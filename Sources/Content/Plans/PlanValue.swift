import Diagnostics
import Yams

/// One value of a project, from a CSV cell or a YAML scalar, that can
/// point a diagnostic at itself (or at a scalar inside itself).
struct PlanValue {
    let text: String
    let place: Place

    enum Place {
        case cell(CSVTable, CSVField)
        case node(YAMLDocument, Node)
    }

    init(cell: CSVField, in table: CSVTable) {
        text = cell.text
        place = .cell(table, cell)
    }

    init(text: String, node: Node, in document: YAMLDocument) {
        self.text = text
        place = .node(document, node)
    }

    /// A diagnostic under the value; with `offset`, under the one scalar
    /// that many scalars into the text (where a number went wrong).
    func diagnostic(_ severity: Diagnostic.Severity, _ message: String, code: String, hint: String? = nil, offset: Int? = nil) -> Diagnostic {
        switch place {
        case let .cell(table, field):
            var diagnostic = table.diagnostic(severity, message, at: field, code: code, hint: hint)
            if let offset {
                let (line, column) = field.position(ofScalar: offset)
                diagnostic.line = line
                diagnostic.column = column
                diagnostic.sourceLine = table.sourceLine(line)
                diagnostic.length = 1
            }
            return diagnostic
        case let .node(document, node):
            var diagnostic = document.diagnostic(severity, message, at: node, code: code, hint: hint)
            if let offset {
                diagnostic.length = 1
                if let column = diagnostic.column, node.scalar?.style == .plain {
                    diagnostic.column = column + offset
                }
            }
            return diagnostic
        }
    }
}
