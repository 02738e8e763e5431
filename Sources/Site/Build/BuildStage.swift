/// The stages of a build, in the order they run: the names `--metrics` and
/// the progress line show, and how many there are (`[3/13] render markdown`).
public enum BuildStage: String, CaseIterable, Sendable {
    case loadContent = "load content"
    case loadTheme = "load theme"
    case mapSources = "map sources"
    case renderMarkdown = "render markdown"
    case checkLinks = "check links"
    case buildModel = "build model"
    case planPages = "plan pages"
    case buildSearchIndex = "build search index"
    case writeSearchIndex = "write search index"
    case renderPages = "render pages"
    case feedsAndSitemap = "feeds and sitemap"
    case copyFiles = "copy files"
    case swapIn = "swap in"

    /// 1 for the first stage.
    public var number: Int {
        (Self.allCases.firstIndex(of: self) ?? 0) + 1
    }
}
