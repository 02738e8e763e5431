/// The normaliser's full path for one line that the fast scan flagged: the
/// rules applied in order to the line's code points, each change recorded
/// with the column it came from.
///
/// Every rule is one pass that reads the line and builds the next version
/// of it, so a hostile line (a megabyte of zero-width spaces, thousands of
/// stacked tone marks) costs time in proportion to its length.
struct LineRepair {
    /// A code point and the 0-based column it had in the line as given.
    private struct Item {
        var scalar: Unicode.Scalar
        var origin: Int
        var value: UInt32 { scalar.value }

        init(_ scalar: Unicode.Scalar, origin: Int) {
            self.scalar = scalar
            self.origin = origin
        }

        init(_ value: UInt32, origin: Int) {
            self.init(Unicode.Scalar(value) ?? "\u{FFFD}", origin: origin)
        }
    }

    /// A change one rule makes at one place: `length` items replaced by `replacement`.
    private struct Edit {
        var length: Int
        var replacement: [Item]
    }

    /// How far a finding's context reaches on each side of a change: enough
    /// for a syllable, bounded so a run of thousands of marks stays cheap.
    private static let contextReach = 8

    private var items: [Item]
    private let number: Int
    /// The findings of the text so far; this line's are added in column order.
    private(set) var budget: FindingBudget
    private var findings = [NormalizationFinding]()
    private var omitted = 0
    private(set) var changed = false

    init(line: String, number: Int, budget: FindingBudget) {
        items = line.unicodeScalars.enumerated().map { Item($1, origin: $0) }
        self.number = number
        self.budget = budget
    }

    /// Room left for this line's findings.
    private var hasRoom: Bool { budget.findings.count + findings.count < budget.limit }

    var text: String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: items.map(\.scalar))
        return String(scalars)
    }

    /// Applies the rules in the order thai.md gives, then reports what needs a person.
    /// A repair can bring together what an earlier rule fixes (removing a
    /// zero-width space leaves a joiner between two Thai letters; moving a
    /// tone before ำ puts two tones side by side), so the rules run again
    /// until nothing changes: that is what makes the normaliser idempotent.
    /// Each pass only removes damage, so two or three passes are the most
    /// real text needs; the bound keeps hostile text from looping.
    static let maximumPasses = 8

    mutating func run() {
        for _ in 0..<Self.maximumPasses {
            let before = items.map(\.value)
            composeNFC()
            apply(.legacyGlyph, Self.legacyGlyph)
            apply(.invisibleCharacter, Self.invisibleCharacter)
            apply(.doubledSaraE, Self.doubledSaraE)
            apply(.markOrder, Self.markOrder)
            apply(.saraAm, Self.saraAm)
            apply(.doubledMark, Self.doubledMark)
            composeNFC()
            if items.map(\.value) == before { break }
        }
        reportSpellingProblems()
        findings.sort { ($0.column, $0.rule.order) < ($1.column, $1.rule.order) }
        budget.merge(findings, omitted: omitted)
    }

    // MARK: The rules, each the edit it makes at an index, if any

    private static func legacyGlyph(_ items: [Item], _ index: Int, _ previous: Item?) -> Edit? {
        LegacyGlyph.thaiCharacter(for: items[index].scalar).map {
            Edit(length: 1, replacement: [Item($0, origin: items[index].origin)])
        }
    }

    private static func invisibleCharacter(_ items: [Item], _ index: Int, _ previous: Item?) -> Edit? {
        switch items[index].value {
        case 0x200B, 0x200C, 0xFEFF:
            return Edit(length: 1, replacement: [])
        case 0x200D:
            // A joiner means something between emoji; between Thai letters it is noise.
            guard let previous, index + 1 < items.count,
                  ThaiCharacter(previous.scalar).isThai, ThaiCharacter(items[index + 1].scalar).isThai else { return nil }
            return Edit(length: 1, replacement: [])
        default:
            return nil
        }
    }

    private static func doubledSaraE(_ items: [Item], _ index: Int, _ previous: Item?) -> Edit? {
        guard items[index].value == ThaiMarks.saraE, index + 1 < items.count, items[index + 1].value == ThaiMarks.saraE else {
            return nil
        }
        return Edit(length: 2, replacement: [Item(ThaiMarks.saraAe, origin: items[index].origin)])
    }

    /// In a run of tone marks and the vowels written under them, the vowels
    /// go first: what repeated swapping of each tone with the vowel after it
    /// would give, done in one step.
    private static func markOrder(_ items: [Item], _ index: Int, _ previous: Item?) -> Edit? {
        func inRun(_ item: Item) -> Bool {
            ThaiMarks.isToneOrThanthakhat(item.value) || ThaiMarks.isVowelUnderTone(item.value)
        }
        guard ThaiMarks.isToneOrThanthakhat(items[index].value), previous.map(inRun) != true else { return nil }
        var end = index
        while end < items.count && inRun(items[end]) { end += 1 }
        let run = items[index..<end]
        let vowels = run.filter { ThaiMarks.isVowelUnderTone($0.value) }
        guard !vowels.isEmpty else { return nil }
        return Edit(length: run.count, replacement: vowels + run.filter { ThaiMarks.isToneOrThanthakhat($0.value) })
    }

    private static func saraAm(_ items: [Item], _ index: Int, _ previous: Item?) -> Edit? {
        let item = items[index]
        let next = index + 1 < items.count ? items[index + 1].value : 0
        switch item.value {
        case ThaiMarks.nikhahit where next == ThaiMarks.saraAa:
            return Edit(length: 2, replacement: [Item(ThaiMarks.saraAm, origin: item.origin)])
        case ThaiMarks.nikhahit where ThaiMarks.isTone(next) && index + 2 < items.count && items[index + 2].value == ThaiMarks.saraAa:
            return Edit(length: 3, replacement: [items[index + 1], Item(ThaiMarks.saraAm, origin: item.origin)])
        case ThaiMarks.saraAm where ThaiMarks.isTone(next):
            return Edit(length: 2, replacement: [items[index + 1], item])
        default:
            return nil
        }
    }

    /// Reported at the first extra copy: the one that goes.
    private static func doubledMark(_ items: [Item], _ index: Int, _ previous: Item?) -> Edit? {
        let value = items[index].value
        guard ThaiMarks.isCombiningMark(value), previous?.value == value else { return nil }
        var end = index + 1
        while end < items.count && items[end].value == value { end += 1 }
        return Edit(length: end - index, replacement: [])
    }

    private mutating func composeNFC() {
        guard !ICU.isNFC(text) else { return }
        // NFC only works inside runs that start where nothing can combine
        // with what came before; normalising each run on its own keeps the
        // column every change comes from.
        apply(.nfc) { items, index, _ in
            var end = index + 1
            while end < items.count && !ICU.isNFCBoundary(before: items[end].scalar) { end += 1 }
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: items[index..<end].map(\.scalar))
            let before = String(scalars)
            let after = ICU.nfc(end - index > Self.streamSafeLength ? Self.canonicallyOrdered(before) : before)
            if after.utf8.elementsEqual(before.utf8) {
                return Edit(length: end - index, replacement: Array(items[index..<end]))
            }
            return Edit(length: end - index, replacement: after.unicodeScalars.map { Item($0, origin: items[index].origin) })
        }
    }

    /// Unicode's Stream-Safe limit: no real text stacks more marks on one letter.
    private static let streamSafeLength = 30

    /// `text` with each run of marks stably sorted by canonical combining
    /// class, which is what NFC's reordering does. ICU reorders by insertion,
    /// quadratic on a hostile run of thousands of marks; given them in
    /// order, it has nothing left to move.
    private static func canonicallyOrdered(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var start = 0
        while start < scalars.count {
            guard scalars[start].properties.canonicalCombiningClass != .notReordered else {
                start += 1
                continue
            }
            var end = start
            while end < scalars.count && scalars[end].properties.canonicalCombiningClass != .notReordered { end += 1 }
            let run = scalars[start..<end].enumerated().sorted {
                ($0.element.properties.canonicalCombiningClass.rawValue, $0.offset)
                    < ($1.element.properties.canonicalCombiningClass.rawValue, $1.offset)
            }
            scalars.replaceSubrange(start..<end, with: run.map(\.element))
            start = end
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    private mutating func reportSpellingProblems() {
        var spelling = ThaiSpelling()
        for index in items.indices {
            let rule: NormalizationRule? = switch spelling.next(items[index].scalar) {
            case .markWithoutBase: .markWithoutBase
            case .conflictingTones: .conflictingTones
            case .misplacedLakkhangyao: .misplacedLakkhangyao
            default: nil
            }
            if let rule {
                guard hasRoom else {
                    omitted += 1
                    continue
                }
                let letter = Self.text(items[cluster(around: index, in: items)])
                findings.append(NormalizationFinding(rule: rule, line: number, column: items[index].origin + 1, before: letter, after: letter))
            }
        }
    }

    // MARK: Applying a rule

    /// Runs `rule` over the line once, left to right, building the new line
    /// and recording each edit that changes something.
    private mutating func apply(_ rule: NormalizationRule, _ edit: ([Item], Int, Item?) -> Edit?) {
        let source = items
        var output = [Item]()
        output.reserveCapacity(source.count)
        var index = 0
        var ruleChanged = false
        while index < source.count {
            guard let change = edit(source, index, output.last) else {
                output.append(source[index])
                index += 1
                continue
            }
            let replaced = index..<(index + change.length)
            if !change.replacement.map(\.value).elementsEqual(source[replaced].map(\.value)) {
                record(rule, replacing: replaced, with: change.replacement, in: source)
                ruleChanged = true
            }
            output += change.replacement
            index = replaced.upperBound
        }
        if ruleChanged {
            items = output
            changed = true
        }
    }

    /// Records a finding for `range` of `source` becoming `replacement`,
    /// shown with the letter around it.
    private mutating func record(_ rule: NormalizationRule, replacing range: Range<Int>, with replacement: [Item], in source: [Item]) {
        guard hasRoom else {
            omitted += 1
            return
        }
        let around = cluster(around: range.lowerBound, in: source)
        let start = min(around.lowerBound, range.lowerBound)
        let end = max(around.upperBound, range.upperBound)
        let before = Self.text(source[start..<end])
        let after = Self.text(source[start..<range.lowerBound]) + Self.text(replacement[...]) + Self.text(source[range.upperBound..<end])
        findings.append(NormalizationFinding(rule: rule, line: number, column: source[range.lowerBound].origin + 1, before: before, after: after))
    }

    private static func text(_ items: ArraySlice<Item>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: items.lazy.map(\.scalar))
        return String(scalars)
    }

    /// The letter `index` belongs to: leading vowels, the base character and
    /// everything written on or after it, so a finding shows a whole syllable
    /// part instead of a bare mark. Reaches at most `contextReach` each way.
    private func cluster(around index: Int, in items: [Item]) -> Range<Int> {
        func isInvisible(_ item: Item) -> Bool {
            (0x200B...0x200D).contains(item.value) || item.value == 0xFEFF
        }
        func isAttached(_ item: Item) -> Bool {
            let kind = ThaiCharacter(item.scalar)
            return kind.isCombiningMark || kind == .followingVowel || LegacyGlyph.isLegacyGlyph(item.scalar) || isInvisible(item)
        }
        let lowest = max(0, index - Self.contextReach)
        let highest = min(items.count, index + 1 + Self.contextReach)
        var start = index
        while start > lowest && isAttached(items[start]) { start -= 1 }
        // A space is not a letter for a mark to sit on: leave it out.
        if start < index && items[start].scalar.properties.isWhitespace { start += 1 }
        while start > lowest && ThaiCharacter(items[start - 1].scalar) == .leadingVowel { start -= 1 }
        var end = start
        while end < highest && ThaiCharacter(items[end].scalar) == .leadingVowel { end += 1 }
        var hasBase = false
        if end < highest && !isAttached(items[end]) {
            end += 1
            hasBase = true
        }
        while end < highest && isAttached(items[end]) { end += 1 }
        // An invisible character with nothing before it is shown with the
        // letter after it, so the change reads "<U+FEFF>ก → ก", not "<U+FEFF> → ".
        if !hasBase && isInvisible(items[index]) && end < highest {
            end += 1
            while end < highest && isAttached(items[end]) { end += 1 }
        }
        return start..<max(end, index + 1)
    }
}

extension NormalizationRule {
    /// The position of the rule in the order they are applied.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
