/// The normaliser's full path for one line that the fast scan flagged: the
/// rules applied in order to the line's code points, each change recorded
/// with the column it came from.
struct LineRepair {
    /// A code point and the 0-based column it had in the line as given.
    private struct Item {
        var scalar: Unicode.Scalar
        var origin: Int
        var value: UInt32 { scalar.value }
    }

    private var items: [Item]
    private let number: Int
    private(set) var findings = [NormalizationFinding]()
    private(set) var changed = false

    init(line: String, number: Int) {
        items = line.unicodeScalars.enumerated().map { Item(scalar: $1, origin: $0) }
        self.number = number
    }

    var text: String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: items.map(\.scalar))
        return String(scalars)
    }

    /// Applies the rules in the order thai.md gives, then reports what needs a person.
    mutating func run() {
        composeNFC()
        replaceLegacyGlyphs()
        removeInvisibleCharacters()
        joinDoubledSaraE()
        moveTonesAfterVowels()
        composeSaraAm()
        collapseDoubledMarks()
        composeNFC()
        reportSpellingProblems()
        findings.sort { ($0.column, $0.rule.order) < ($1.column, $1.rule.order) }
    }

    // MARK: The rules

    private mutating func composeNFC() {
        let line = text
        let composed = ICU.nfc(line)
        guard !composed.utf8.elementsEqual(line.utf8) else { return }
        // NFC only works inside runs that start where nothing can combine
        // with what came before; normalising each such run on its own keeps
        // the column every change comes from.
        var start = 0
        var index = 1
        while index <= items.count {
            if index == items.count || ICU.isNFCBoundary(before: items[index].scalar) {
                let run = start..<index
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: items[run].map(\.scalar))
                let before = String(scalars)
                let after = ICU.nfc(before)
                if !after.utf8.elementsEqual(before.utf8) {
                    let origin = items[start].origin
                    let replacement = after.unicodeScalars.map { Item(scalar: $0, origin: origin) }
                    record(.nfc, span: run, replacementCount: replacement.count) { items in
                        items.replaceSubrange(run, with: replacement)
                    }
                    index = start + replacement.count
                }
                start = index
            }
            index += 1
        }
    }

    private mutating func replaceLegacyGlyphs() {
        for index in items.indices {
            if let real = LegacyGlyph.thaiCharacter(for: items[index].scalar) {
                record(.legacyGlyph, at: index) { $0[index].scalar = real }
            }
        }
    }

    private mutating func removeInvisibleCharacters() {
        var index = 0
        while index < items.count {
            switch items[index].value {
            case 0x200B, 0x200C, 0xFEFF:
                record(.invisibleCharacter, at: index) { _ = $0.remove(at: index) }
            case 0x200D where index > 0 && index + 1 < items.count
                && ThaiCharacter(items[index - 1].scalar).isThai && ThaiCharacter(items[index + 1].scalar).isThai:
                record(.invisibleCharacter, at: index) { _ = $0.remove(at: index) }
            default:
                index += 1
            }
        }
    }

    private mutating func joinDoubledSaraE() {
        var index = 0
        while index + 1 < items.count {
            if items[index].value == ThaiMarks.saraE && items[index + 1].value == ThaiMarks.saraE {
                record(.doubledSaraE, at: index) { items in
                    items[index].scalar = Unicode.Scalar(ThaiMarks.saraAe)!
                    items.remove(at: index + 1)
                }
            }
            index += 1
        }
    }

    private mutating func moveTonesAfterVowels() {
        // A tone may have to pass more than one vowel: swap until nothing moves.
        var moved = true
        while moved {
            moved = false
            for index in items.indices.dropLast()
            where ThaiMarks.isToneOrThanthakhat(items[index].value) && ThaiMarks.isVowelUnderTone(items[index + 1].value) {
                record(.markOrder, at: index) { $0.swapAt(index, index + 1) }
                moved = true
            }
        }
    }

    private mutating func composeSaraAm() {
        var index = 0
        while index + 1 < items.count {
            let next = items[index + 1].value
            switch items[index].value {
            case ThaiMarks.nikhahit where next == ThaiMarks.saraAa:
                record(.saraAm, at: index) { items in
                    items[index].scalar = Unicode.Scalar(ThaiMarks.saraAm)!
                    items.remove(at: index + 1)
                }
            case ThaiMarks.nikhahit where ThaiMarks.isTone(next) && index + 2 < items.count && items[index + 2].value == ThaiMarks.saraAa:
                record(.saraAm, at: index) { items in
                    let tone = items[index + 1]
                    items[index + 1] = Item(scalar: Unicode.Scalar(ThaiMarks.saraAm)!, origin: items[index].origin)
                    items[index] = tone
                    items.remove(at: index + 2)
                }
            case ThaiMarks.saraAm where ThaiMarks.isTone(next):
                record(.saraAm, at: index) { $0.swapAt(index, index + 1) }
            default:
                break
            }
            index += 1
        }
    }

    private mutating func collapseDoubledMarks() {
        var index = 0
        while index + 1 < items.count {
            if items[index].value == items[index + 1].value && ThaiMarks.isCombiningMark(items[index].value) {
                record(.doubledMark, at: index + 1) { _ = $0.remove(at: index + 1) }
            } else {
                index += 1
            }
        }
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
                let span = cluster(around: index)
                let letter = String(String.UnicodeScalarView(items[span].map(\.scalar)))
                findings.append(NormalizationFinding(rule: rule, line: number, column: items[index].origin + 1, before: letter, after: letter))
            }
        }
    }

    // MARK: Recording

    /// Applies `edit`, a change at `index` that stays inside the letter there,
    /// and records it with the letter before and after.
    private mutating func record(_ rule: NormalizationRule, at index: Int, edit: (inout [Item]) -> Void) {
        let span = cluster(around: index)
        let countBefore = items.count
        let origin = items[index].origin
        let before = scalars(in: span)
        edit(&items)
        let after = scalars(in: span.lowerBound..<(span.upperBound + items.count - countBefore))
        append(rule, origin: origin, before: before, after: after)
    }

    /// Records a replacement of `span` by `replacementCount` items.
    private mutating func record(_ rule: NormalizationRule, span: Range<Int>, replacementCount: Int, edit: (inout [Item]) -> Void) {
        let origin = items[span.lowerBound].origin
        let before = scalars(in: span)
        edit(&items)
        append(rule, origin: origin, before: before, after: scalars(in: span.lowerBound..<(span.lowerBound + replacementCount)))
    }

    private mutating func append(_ rule: NormalizationRule, origin: Int, before: String, after: String) {
        findings.append(NormalizationFinding(rule: rule, line: number, column: origin + 1, before: before, after: after))
        changed = true
    }

    private func scalars(in span: Range<Int>) -> String {
        String(String.UnicodeScalarView(items[span].map(\.scalar)))
    }

    /// The letter `index` belongs to: leading vowels, the base character and
    /// everything written on or after it, so a finding shows a whole syllable
    /// part instead of a bare mark.
    private func cluster(around index: Int) -> Range<Int> {
        func isInvisible(_ item: Item) -> Bool {
            (0x200B...0x200D).contains(item.value) || item.value == 0xFEFF
        }
        func isAttached(_ item: Item) -> Bool {
            let kind = ThaiCharacter(item.scalar)
            return kind.isCombiningMark || kind == .followingVowel || LegacyGlyph.isLegacyGlyph(item.scalar) || isInvisible(item)
        }
        var start = index
        while start > 0 && isAttached(items[start]) { start -= 1 }
        // A space is not a letter for a mark to sit on: leave it out.
        if start < index && items[start].scalar.properties.isWhitespace { start += 1 }
        while start > 0 && ThaiCharacter(items[start - 1].scalar) == .leadingVowel { start -= 1 }
        var end = start
        while end < items.count && ThaiCharacter(items[end].scalar) == .leadingVowel { end += 1 }
        var hasBase = false
        if end < items.count && !isAttached(items[end]) {
            end += 1
            hasBase = true
        }
        while end < items.count && isAttached(items[end]) { end += 1 }
        // An invisible character with nothing before it is shown with the
        // letter after it, so the change reads "<U+FEFF>ก → ก", not "<U+FEFF> → ".
        if !hasBase && isInvisible(items[index]) && end < items.count {
            end += 1
            while end < items.count && isAttached(items[end]) { end += 1 }
        }
        return start..<max(end, index + 1)
    }
}

extension NormalizationRule {
    /// The position of the rule in the order they are applied.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
