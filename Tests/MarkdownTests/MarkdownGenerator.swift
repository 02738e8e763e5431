import TestSupport

/// Random CommonMark of the kind releases hold (paragraphs, emphasis,
/// lists, quotes, code, breaks, Thai text, entities, links), without
/// headings, images or raw HTML: where cmark's own renderer and ours must
/// agree byte for byte.
struct MarkdownGenerator {
    private var random: SplitMix

    init(seed: UInt64) {
        random = SplitMix(seed: seed)
    }

    mutating func document() -> String {
        var blocks: [String] = []
        for _ in 0..<int(1...8) { blocks.append(block(depth: 0)) }
        var text = blocks.joined(separator: "\n\n")
        if chance(3) { text += "\n\n[r1]: /ref/หนึ่ง \"ref title\"\n[R2]: <../2555/x y.md>" }
        return text
    }

    private mutating func block(depth: Int) -> String {
        switch int(0...9) {
        case 0 where depth < 3: return list(depth: depth)
        case 1 where depth < 3:
            return block(depth: depth + 1).split(separator: "\n", omittingEmptySubsequences: false)
                .map { "> " + $0 }.joined(separator: "\n")
        case 2:
            let info = pick(["", "swift", "yaml extra", "a&b", "ภาษา"])
            return "```\(info)\n\(line())\n  \(line())\n```"
        case 3: return "    code < x > & \"y\"\n    \(line())"
        case 4: return pick(["***", "---", "___"])
        default: return paragraph()
        }
    }

    private mutating func list(depth: Int) -> String {
        let ordered = chance(2)
        let start = int(0...12)
        let loose = chance(3)
        // One marker kind per list, so that a change of marker does not split it.
        let bullet = pick(["-", "*", "+"]), delimiter = pick([".", ")"])
        var items: [String] = []
        for index in 0..<int(1...4) {
            let marker = ordered ? "\(start + index)\(delimiter)" : bullet
            let indent = String(repeating: " ", count: marker.count + 1)
            var content = chance(4) && depth < 2 ? paragraph() + "\n\n" + block(depth: depth + 1) : paragraph()
            content = content.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 0 ? String($0.element) : ($0.element.isEmpty ? "" : indent + $0.element) }
                .joined(separator: "\n")
            items.append(marker + " " + content)
        }
        return items.joined(separator: loose ? "\n\n" : "\n")
    }

    private mutating func paragraph() -> String {
        var lines: [String] = []
        for _ in 0..<int(1...4) { lines.append(line()) }
        var text = ""
        for (index, line) in lines.enumerated() {
            text += line
            if index < lines.count - 1 { text += pick(["\n", "\n", "  \n", "\\\n"]) }
        }
        return text
    }

    private mutating func line() -> String {
        var parts: [String] = []
        for _ in 0..<int(1...7) { parts.append(inline()) }
        return parts.joined(separator: " ")
    }

    private mutating func inline() -> String {
        switch int(0...14) {
        case 0: return "*\(word())*"
        case 1: return "**\(word()) \(word())**"
        case 2: return "_\(word())_"
        case 3: return "`\(word()) \(pick(["<b>", "&", "\"q\"", "`` "]))`"
        case 4: return "[\(word()) *\(word())*](\(destination())\(title()))"
        case 5: return "[\(word())][\(pick(["r1", "R2", "r2", "missing"]))]"
        case 6: return pick(["<https://www.cpd.go.th/ข่าว?a=1&b=2>", "<pr@cpd.go.th>", "<http://x.th/a_b>"])
        case 7: return pick(["&amp;", "&copy;", "&#3585;", "&#x0E01;", "&nosuch;", "&#0;", "&lt;b&gt;", "&quot;"])
        case 8: return pick(["\\*", "\\[", "\\_", "\\\\", "\\`", "\\&"])
        case 9: return pick(["&", "<", ">", "\"", "'", "*", "_", "[", "]", "(", ")", "!", "~", "/"])
        default: return word()
        }
    }

    private mutating func word() -> String {
        pick([
            "กรมส่งเสริมสหกรณ์", "ข่าวประชาสัมพันธ์", "สหกรณ์", "ปี", "๒๕๕๖", "2556", "พ.ศ.", "ร้อยละ", "๔๐",
            "ที่", "ได้", "“ทศวรรษ”", "ฯลฯ", "Cooperative", "plan", "CPD", "x_y", "a*b", "100%", "e-mail",
        ])
    }

    private mutating func destination() -> String {
        pick([
            "https://www.cpd.go.th/ข่าว?a=1&b=2", "../2555/x.md#หัวข้อ", "<a b.md>", "/path/(x)",
            "mailto:x@y.th", "x\\_y", "", "#anchor", "https://e.th/~'q'", "a&amp;b", "%E0%B8%81",
        ])
    }

    private mutating func title() -> String {
        pick(["", "", " \"title & < x >\"", " 'single \"q\"'", " (ชื่อ)"])
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &random)
    }

    private mutating func chance(_ oneIn: Int) -> Bool {
        int(1...oneIn) == 1
    }

    private mutating func pick(_ choices: [String]) -> String {
        choices[int(0...choices.count - 1)]
    }
}
