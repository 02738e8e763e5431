/// An earlier release that a release points readers to, with a Markdown
/// link to its source file (`../2555/news-000010.md`), which Khao checks
/// and rewrites to the page's URL.
struct RelatedRelease {
    let title: String
    let link: String

    /// The share of releases with such a link.
    static let share = 0.1

    /// For a share of releases, one of the releases before `index`: they are
    /// in every corpus that holds this one. Only its outline is drawn again,
    /// from its own dice, and outlines link nothing, so this never recurses.
    static func draw(before index: Int, seed: UInt64, plans: [ExamplePlan], from outline: ReleaseOutline, with dice: Dice) -> RelatedRelease? {
        guard index > 0, dice.chance(share) else { return nil }
        let earlier = dice.int(0...index - 1)
        let target = ReleaseOutline(index: earlier, plans: plans, dice: Dice(seed: seed, item: earlier))
        return RelatedRelease(title: target.title, link: outline.upToNews + target.newsPath)
    }

    /// The closing line that links it.
    var sentence: String {
        "อ่านข่าวที่เกี่ยวข้อง: [\(title)](\(link))"
    }
}
