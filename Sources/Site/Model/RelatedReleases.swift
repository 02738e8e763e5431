import Content

/// Related releases (site.md): those sharing projects, tags and bureaus,
/// most shared first, then the nearest in time.
enum RelatedReleases {
    /// A shared project says more than a shared tag, which says more than a
    /// shared bureau (four bureaus share most of the news).
    static let projectWeight = 4
    static let tagWeight = 2
    static let bureauWeight = 1

    /// For each release (newest first), the indices of up to `count` related ones.
    static func find(_ releases: [Release], count: Int, window: Int) -> [[Int]] {
        var byProject = [String: [Int]]()
        for (index, release) in releases.enumerated() {
            for project in release.projects { byProject["\(release.plan ?? 0)/\(project)", default: []].append(index) }
        }
        return releases.indices.map { index in
            let release = releases[index]
            var scores = [Int: Int]()
            for project in release.projects {
                for other in byProject["\(release.plan ?? 0)/\(project)"] ?? [] where other != index {
                    scores[other, default: 0] += projectWeight
                }
            }
            let nearby = max(0, index - window)..<min(releases.count, index + window + 1)
            for other in nearby where other != index {
                let score = shared(release.tags, releases[other].tags) * tagWeight
                    + shared(release.bureaus, releases[other].bureaus) * bureauWeight
                if score > 0 { scores[other, default: 0] += score }
            }
            // A bureau alone is too weak a link to call two releases related.
            return scores.filter { $0.value > bureauWeight }
                .sorted { $0.value != $1.value ? $0.value > $1.value : abs($0.key - index) != abs($1.key - index)
                    ? abs($0.key - index) < abs($1.key - index) : $0.key < $1.key }
                .prefix(count).map(\.key)
        }
    }

    private static func shared(_ first: [String], _ second: [String]) -> Int {
        first.reduce(0) { $0 + (second.contains($1) ? 1 : 0) }
    }
}
