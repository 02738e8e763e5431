import Foundation

/// What one release is about, drawn before its body is written: when and
/// where, its story, title and lead, official, bureaus, tags, plan projects
/// and photo.
struct ReleaseOutline {
    let slug: String
    let date: IssueDate
    let story: Story
    let title: String
    let summary: String
    let bureaus: [String]
    let tags: [String]
    let plan: PlanLink?
    /// What the release's photo shows, for the share of releases with one.
    let photoDescription: String?
    /// The words of the release; the official's name is `slots["name"]`.
    let slots: Slots

    /// The share of releases with a photo, as in `gen_corpus.py`.
    static let photoShare = 0.15

    init(index: Int, plans: [ExamplePlan], dice: Dice) {
        slug = String(format: "news-%06d", index)
        plan = PlanLink.draw(from: plans, with: dice)
        // A release about a plan's projects is issued in that plan's fiscal year.
        date = IssueDate.draw(in: plan.map { IssueDate.days(ofFiscalYear: $0.fiscalYear) } ?? IssueDate.corpusDays, with: dice)
        let place = dice.pick(Vocabulary.places)
        let cooperative = dice.pick(Vocabulary.cooperativeKinds)
        bureaus = plan?.bureaus ?? dice.sample(Vocabulary.bureaus.map(\.id), count: dice.pick([1, 1, 2]))
        tags = dice.weightedSample(Vocabulary.tags, weights: Vocabulary.tagWeights, count: dice.int(1...3))
        slots = Self.slots(place: place, cooperative: cooperative, bureau: bureaus[0], date: date, dice: dice)
        story = dice.pick(Vocabulary.stories)
        title = slots.fill(dice.pick(story.titles))
        summary = slots.fill(dice.pick(story.leads))
        photoDescription = dice.chance(Self.photoShare) ? slots.fill(dice.pick(Vocabulary.imageDescriptions)) : nil
    }

    /// The Markdown file under `content/news/`: `YEAR/SLUG.md`, or a
    /// bundle's `YEAR/SLUG/index.md` beside its photo. YEAR is the
    /// Buddhist-era year, as `khao new` names it (and as its URL shows).
    var newsPath: String {
        let year = date.buddhistYear
        return photoDescription == nil ? "\(year)/\(slug).md" : "\(year)/\(slug)/index.md"
    }

    /// The way from this release's folder up to `content/news/`, for links.
    var upToNews: String {
        photoDescription == nil ? "../" : "../../"
    }

    private static func slots(place: Place, cooperative: CooperativeKind, bureau: String, date: IssueDate, dice: Dice) -> Slots {
        let slots = Slots(dice: dice)
        slots["province"] = place.province
        slots["district"] = place.district
        slots["region"] = place.region
        slots["coop_full"] = "\(cooperative.name)\(place.district) จำกัด"
        slots["product"] = dice.pick(cooperative.products)
        slots["bureau_name"] = Vocabulary.bureauName(bureau)
        slots["name"] = dice.pick(Vocabulary.names)
        slots["be_year"] = "\(date.buddhistYear)"
        slots["fy"] = "\(date.fiscalYear)"
        slots["month"] = Vocabulary.monthNames[date.month - 1]
        // An event lasts two or three days within its month: it starts by the 26th.
        let day = dice.int(1...26)
        slots["day"] = "\(day)"
        slots["day2"] = "\(day + dice.int(1...2))"
        slots.set("position", filling: dice.pick(Vocabulary.positions))
        slots.set("event", filling: dice.pick(Vocabulary.events))
        slots.set("venue", filling: dice.pick(Vocabulary.venues))
        slots.set("project", filling: dice.pick(Vocabulary.projects))
        return slots
    }
}
