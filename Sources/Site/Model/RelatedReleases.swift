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
    ///
    /// Tags, bureaus and projects are numbered first, so comparing two
    /// releases compares a few small integers, and only the best `count`
    /// candidates are kept as they come: this runs for every pair of
    /// releases within `window` of each other, millions of pairs on a big site.
    static func find(_ releases: [Release], count: Int, window: Int, jobs: Int) -> [[Int]] {
        var numbers = [String: Int32]()
        func number(_ key: String) -> Int32 {
            if let known = numbers[key] { return known }
            let next = Int32(numbers.count)
            numbers[key] = next
            return next
        }
        let tags = releases.map { $0.tags.map { number("tag:" + $0) }.sorted() }
        let bureaus = releases.map { $0.bureaus.map { number("bureau:" + $0) }.sorted() }
        let projects = releases.map { release in release.projects.map { number("project:\(release.plan ?? 0)/\($0)") } }
        var releasesOfProject = [Int32: [Int]]()
        for (index, list) in projects.enumerated() {
            for project in list { releasesOfProject[project, default: []].append(index) }
        }
        let byProject = releasesOfProject
        let total = releases.count
        // Each release's on its own, on `jobs` threads: 300 comparisons apiece on 10,000 releases.
        return ParallelMap.map(releases.indices, jobs: jobs) { index in
            var best = Best(count: count, around: index)
            var projectScores = [Int: Int]()
            for project in projects[index] {
                for other in byProject[project] ?? [] where other != index {
                    projectScores[other, default: 0] += projectWeight
                }
            }
            let nearby = max(0, index - window)..<min(total, index + window + 1)
            for other in nearby where other != index {
                var score = shared(tags[index], tags[other]) * tagWeight + shared(bureaus[index], bureaus[other]) * bureauWeight
                if !projectScores.isEmpty { score += projectScores.removeValue(forKey: other) ?? 0 }
                best.offer(other, score)
            }
            // Releases sharing a project but too far away in time for the window.
            for (other, score) in projectScores {
                best.offer(other, score + shared(tags[index], tags[other]) * tagWeight + shared(bureaus[index], bureaus[other]) * bureauWeight)
            }
            return best.indices
        }
    }

    /// The best few candidates seen so far: highest score, then nearest in
    /// time, then newest. A bureau alone is too weak a link to count.
    private struct Best {
        let count: Int
        let around: Int
        private(set) var entries: [(index: Int, score: Int)] = []

        init(count: Int, around: Int) {
            self.count = count
            self.around = around
            entries.reserveCapacity(count + 1)
        }

        mutating func offer(_ index: Int, _ score: Int) {
            guard score > bureauWeight else { return }
            if entries.count == count, let last = entries.last, !isBetter((index, score), than: last) { return }
            let position = entries.firstIndex { isBetter((index, score), than: $0) } ?? entries.count
            entries.insert((index, score), at: position)
            if entries.count > count { entries.removeLast() }
        }

        private func isBetter(_ a: (index: Int, score: Int), than b: (index: Int, score: Int)) -> Bool {
            if a.score != b.score { return a.score > b.score }
            let (distanceA, distanceB) = (abs(a.index - around), abs(b.index - around))
            return distanceA != distanceB ? distanceA < distanceB : a.index < b.index
        }

        var indices: [Int] { entries.map(\.index) }
    }

    /// How many numbers two sorted lists share.
    private static func shared(_ first: [Int32], _ second: [Int32]) -> Int {
        var (i, j, count) = (0, 0, 0)
        while i < first.count && j < second.count {
            if first[i] == second[j] {
                count += 1
                i += 1
                j += 1
            } else if first[i] < second[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }
}
