/// One generated release: its outline and Markdown, and where they go.
struct ReleaseFile {
    let outline: ReleaseOutline
    let markdown: String

    /// Release `index` of the corpus seeded `seed`, from its own dice, so
    /// that it is the same whatever the corpus's size.
    init(index: Int, seed: UInt64, plans: [ExamplePlan]) {
        let dice = Dice(seed: seed, item: index)
        outline = ReleaseOutline(index: index, plans: plans, dice: dice)
        let related = RelatedRelease.draw(before: index, seed: seed, plans: plans, from: outline, with: dice)
        let frontMatter = FrontMatter(outline: outline, releaseNumber: "\(index + 1)/\(outline.date.buddhistYear)")
        markdown = frontMatter.text + ReleaseBody(outline, related: related, dice: dice).text()
    }

    /// The Markdown file, relative to the site folder.
    var path: String {
        "content/news/" + outline.newsPath
    }

    /// The photo beside a bundle's `index.md`.
    var photoPath: String? {
        outline.photoDescription.map { _ in "content/news/\(outline.date.buddhistYear)/\(outline.slug)/\(Photo.name)" }
    }
}
