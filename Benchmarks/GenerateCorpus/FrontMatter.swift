/// The YAML front matter of a release, with the fields content.md names.
struct FrontMatter {
    let outline: ReleaseOutline
    /// `เลขที่ข่าว`, unique in the corpus.
    let releaseNumber: String

    var text: String {
        var lines = ["---"]
        lines.append("title: \(quoted(outline.title))")
        lines.append("date: \(outline.date.iso8601)")
        lines.append("summary: \(quoted(outline.summary))")
        lines += list("tags", outline.tags.map(quoted))
        lines += list("bureaus", outline.bureaus)
        lines += list("people", [quoted(outline.slots["name"])])
        lines.append("release_no: \(quoted(releaseNumber))")
        if let plan = outline.plan {
            lines.append("plan: \(plan.fiscalYear)")
            lines += list("projects", plan.projects.map(\.id))
        }
        if let description = outline.photoDescription {
            lines.append("image: \(Photo.name)")
            lines.append("image_alt: \(quoted(description))")
        }
        lines.append("draft: false")
        lines.append("slug: \(outline.slug)")
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func list(_ key: String, _ items: [String]) -> [String] {
        ["\(key):"] + items.map { "  - \($0)" }
    }

    /// A YAML double-quoted string, so that a colon or a `#` in Thai text stays text.
    private func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\\" || scalar == "\"" { result.unicodeScalars.append("\\") }
            result.unicodeScalars.append(scalar)
        }
        return result + "\""
    }
}
