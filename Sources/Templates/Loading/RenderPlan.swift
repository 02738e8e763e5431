/// What rendering a template by name means, worked out once when the set
/// loads: which template's nodes are the layout, which definition of each
/// block wins, and which top-level sets of the templates in between run first.
struct RenderPlan: Sendable {
    /// The template at the top of the `extends` chain, whose nodes are rendered.
    let layout: Int
    /// The definitions of each block, most derived first (for `super()`).
    let blocks: [String: [[Node]]]
    /// `{% set %}`s outside blocks in the templates that extend the layout, in order.
    let setup: [(symbol: Int, value: any Expression)]

    /// The plan of each template; `templates` must have no extends loops.
    static func plans(for templates: [ParsedTemplate], ids: [String: Int]) -> [RenderPlan] {
        templates.indices.map { id in
            var chain = [id]
            while let parent = templates[chain[chain.count - 1]].extends, let parentID = ids[parent.name], !chain.contains(parentID) {
                chain.append(parentID)
            }
            var blocks = [String: [[Node]]]()
            for template in chain {
                for (name, nodes) in templates[template].blocks {
                    blocks[name, default: []].append(nodes)
                }
            }
            var setup = [(symbol: Int, value: any Expression)]()
            for template in chain.dropLast() {
                for case let assignment as AssignmentNode in templates[template].nodes {
                    setup.append((assignment.symbol, assignment.value))
                }
            }
            return RenderPlan(layout: chain[chain.count - 1], blocks: blocks, setup: setup)
        }
    }
}
