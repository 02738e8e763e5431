extension TemplateSet {
    /// The templates rendering `name` uses: itself, what it extends and
    /// includes, and what those extend and include.
    public func reach(of name: String) -> Set<String> {
        var reached = Set<String>()
        var pending = [name]
        while let next = pending.popLast() {
            guard reached.insert(next).inserted, let id = ids[next] else { continue }
            let template = templates[id]
            pending += template.includes.map(\.name) + (template.extends.map { [$0.name] } ?? [])
        }
        return reached
    }

    /// The names of the templates that are not in `other` as they are here
    /// (other text, another file, or none), and of those only `other` has:
    /// after an edit to a theme, the pages whose template reaches one of
    /// them may render otherwise.
    public func changed(from other: TemplateSet) -> Set<String> {
        var changed = Set<String>()
        for (name, id) in ids {
            guard let otherID = other.ids[name] else {
                changed.insert(name)
                continue
            }
            let (mine, theirs) = (templates[id], other.templates[otherID])
            // By bytes, as the pages come out.
            if mine.path != theirs.path || mine.lines.count != theirs.lines.count
                || !zip(mine.lines, theirs.lines).allSatisfy({ $0.utf8.elementsEqual($1.utf8) }) {
                changed.insert(name)
            }
        }
        return changed.union(other.ids.keys.filter { ids[$0] == nil })
    }
}
