import Diagnostics
/// The templates as a graph of includes and extends: every name must exist,
/// and no template may reach itself (an include loop or a template that
/// extends itself would never finish rendering).
struct TemplateGraph {
    let templates: [ParsedTemplate]
    let ids: [String: Int]

    private struct Edge {
        let target: Int
        let location: Location
        let verb: String
    }

    func problems() -> [TemplateError] {
        var errors = [TemplateError]()
        var edges = [[Edge]](repeating: [], count: templates.count)
        for (id, template) in templates.enumerated() {
            var references = template.includes.map { ($0.name, $0.location, "includes") }
            if let parent = template.extends {
                references.append((parent.name, parent.location, "extends"))
            }
            for (name, location, verb) in references {
                if let target = ids[name] {
                    edges[id].append(Edge(target: target, location: location, verb: verb))
                } else {
                    errors.append(error("there is no template called \"\(name)\"", at: location,
                                        hint: Suggestion.hint(for: name, among: ids.keys) ?? "names are relative to the templates folder, e.g. \"partials/header.html\""))
                }
            }
        }
        errors += cycles(edges)
        return errors
    }

    /// One error per loop, at the tag that closes it.
    private func cycles(_ edges: [[Edge]]) -> [TemplateError] {
        enum Mark { case unvisited, visiting, done }
        var marks = [Mark](repeating: .unvisited, count: templates.count)
        var path = [(id: Int, edge: Edge?)]()
        var errors = [TemplateError]()

        func visit(_ id: Int) {
            marks[id] = .visiting
            for edge in edges[id] {
                switch marks[edge.target] {
                case .visiting:
                    let start = path.firstIndex { $0.id == edge.target } ?? 0
                    let steps = (path[start...].dropFirst().compactMap(\.edge) + [edge]).map {
                        "\(templates[$0.location.template].name) \($0.verb) \(templates[$0.target].name)"
                    }
                    let message = edge.target == id && edge.verb == "extends"
                        ? "\(templates[id].name) extends itself"
                        : "templates include or extend each other in a loop: \(steps.joined(separator: ", "))"
                    errors.append(error(message, at: edge.location, hint: "a template must not reach itself through include or extends"))
                case .unvisited:
                    path.append((edge.target, edge))
                    visit(edge.target)
                    path.removeLast()
                case .done:
                    break
                }
            }
            marks[id] = .done
        }

        for id in templates.indices where marks[id] == .unvisited {
            path = [(id, nil)]
            visit(id)
        }
        return errors
    }

    private func error(_ message: String, at location: Location, hint: String?) -> TemplateError {
        let template = templates[location.template]
        return TemplateError(
            path: template.path, line: location.line, column: location.column, length: location.length, message: message,
            hint: hint, sourceLine: template.lines.indices.contains(location.line - 1) ? template.lines[location.line - 1] : nil, notes: [])
    }
}
