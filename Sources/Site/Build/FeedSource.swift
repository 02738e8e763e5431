import Diagnostics

/// The machine outputs (feeds, sitemap, robots.txt) of a model.
struct FeedSource: Sendable {
    let model: SiteModel

    func write(to output: some BuildOutput, renderedPaths: [String]) -> [Diagnostic] {
        []
    }
}
