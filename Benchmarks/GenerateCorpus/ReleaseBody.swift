/// The Markdown body of a release, composed as `gen_corpus.py` composes it:
/// an opening sentence naming the official (in bold, mostly), 3–6
/// paragraphs of sentences from the phrase bank up to a byte budget, and
/// between them sometimes a photo, a quote, a bulleted list, a heading; a
/// link to the department's website closes half of them, and a link to a
/// related release some.
struct ReleaseBody {
    /// The body's size in UTF-8 bytes aimed at, ± 400.
    static let targetBytes = 3072

    private let outline: ReleaseOutline
    private let related: RelatedRelease?
    private let dice: Dice
    private var slots: Slots { outline.slots }

    init(_ outline: ReleaseOutline, related: RelatedRelease?, dice: Dice) {
        self.outline = outline
        self.related = related
        self.dice = dice
    }

    /// The body, drawing its shape first and its sentences last.
    func text() -> String {
        let paragraphCount = dice.int(3...6)
        let heading = dice.chance(0.5) ? "## " + slots.fill(dice.pick(Vocabulary.headings)) : nil
        let list = dice.chance(0.6) ? bulletedList() : nil
        let quote = dice.chance(0.7) ? quotation() : nil
        let link = dice.chance(0.5) ? slots.fill(dice.pick(Vocabulary.linkSentences)) : nil
        let image = outline.photoDescription.map { "![\($0)](\(Photo.name))" }
        let bold = dice.chance(0.8)

        let extras = [heading, list, quote, image, link, related?.sentence].compactMap { $0 }
        let budget = max(Self.targetBytes + dice.int(-400...400) - extras.reduce(0) { $0 + $1.utf8.count + 2 }, 0)
        var paragraphs = filledParagraphs(count: paragraphCount, budget: budget, boldName: bold)
        if let link { paragraphs[paragraphs.count - 1].append(link) }
        if bold && dice.chance(0.5) { emboldenCooperative(in: &paragraphs) }

        // Extras go between paragraphs, never before the opening one.
        var blocks = paragraphs.map { $0.joined(separator: " ") }
        if let image { blocks.insert(image, at: 1) }
        if let quote { blocks.insert(quote, at: dice.int(2...blocks.count)) }
        if let list { blocks.insert(list, at: dice.int(2...blocks.count)) }
        if let heading { blocks.insert(heading, at: dice.int(2...blocks.count - 1)) }
        if let related { blocks.append(related.sentence) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func bulletedList() -> String {
        let items = dice.sample(Vocabulary.listItems, count: dice.int(3...5)).map { "- " + slots.fill($0) }
        return slots.fill(dice.pick(Vocabulary.listIntroductions)) + "\n\n" + items.joined(separator: "\n")
    }

    private func quotation() -> String {
        let speaker = dice.chance(0.5) ? slots["position"] : "\(slots["name"]) \(slots["position"])"
        return "> “\(dice.pick(Vocabulary.quotes))” \(speaker) กล่าว"
    }

    /// The opening sentence (and the plan sentence, when the release links
    /// a plan), then sentences until each paragraph reaches its share of
    /// `budget` bytes; a sentence that would overshoot by more than half of
    /// itself starts the next paragraph instead.
    private func filledParagraphs(count: Int, budget: Int, boldName: Bool) -> [[String]] {
        var opening = slots.fill(dice.pick(outline.story.openings))
        if boldName, let name = opening.firstRange(of: slots["name"]) {
            opening.replaceSubrange(name, with: "**\(slots["name"])**")
        }
        var paragraphs = [[opening] + [outline.plan?.sentence].compactMap { $0 }]
        var used = paragraphs[0].reduce(0) { $0 + $1.utf8.count + 1 }
        var pool = dice.shuffled(Vocabulary.sentences)
        for index in 0..<count {
            if index > 0 { paragraphs.append([]) }
            let share = budget * (index + 1) / count
            while let next = pool.last, paragraphs[index].isEmpty || used < share {
                let sentence = slots.fill(next)
                let size = sentence.utf8.count + 1
                if !paragraphs[index].isEmpty && used + size / 2 > share { break }
                pool.removeLast()
                paragraphs[index].append(sentence)
                used += size
            }
        }
        return paragraphs
    }

    /// Puts the cooperative's name in bold where a later paragraph first names it.
    private func emboldenCooperative(in paragraphs: inout [[String]]) {
        let name = slots["coop_full"]
        for paragraph in paragraphs.indices.dropFirst() {
            for sentence in paragraphs[paragraph].indices {
                let text = paragraphs[paragraph][sentence]
                if let range = text.firstRange(of: name), !text.contains("**") {
                    paragraphs[paragraph][sentence].replaceSubrange(range, with: "**\(name)**")
                    return
                }
            }
        }
    }
}
