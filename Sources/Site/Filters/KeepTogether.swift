import Thai

/// Spans that keep what must not break across lines on one line in print
/// (print.md): people's names, `พ.ศ. ๒๕๕๖`, and amounts with their unit
/// (`12,500,000 บาท`). Chromium breaks Thai by dictionary and cannot be
/// steered with `<wbr>` or U+200B (which would also end up in the PDF's
/// text); a `white-space: nowrap` span is what works.
///
/// Works on the text between tags of HTML this tool wrote (a release's
/// body), never inside a tag or an attribute. A byte scanner: it runs over
/// every release body of a site, and searching Thai text by Character
/// walks grapheme clusters.
enum KeepTogether {
    private static let era = Array("พ.ศ.".utf8)
    private static let baht = Array("บาท".utf8)
    private static let open = Array("<span class=\"nowrap\">".utf8)
    private static let close = Array("</span>".utf8)

    /// `html` with each name, era year and baht amount of its text in
    /// `<span class="nowrap">`.
    static func html(_ html: String, names: [String]) -> String {
        let names = names.filter { !$0.isEmpty }.map { Array($0.utf8) }
        // The bytes a match can start at: digits, Thai's lead byte (พ.ศ.,
        // Thai digits) and the first byte of each name. The rest, and the
        // bytes inside tags, are copied in runs.
        var starts = [Bool](repeating: false, count: 256)
        for byte in [UInt8(ascii: "<"), 0xE0] + Array(UInt8(ascii: "0")...UInt8(ascii: "9")) + names.map({ $0[0] }) { starts[Int(byte)] = true }
        // Every Thai letter has the lead byte E0, so Thai letters are
        // told apart by their place in the block: only พ (of พ.ศ.), the
        // digits and the first letters of names can start a match.
        var thaiStarts = [Bool](repeating: false, count: 128)
        for letter in ["พ", "๐", "๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙"].map({ Array($0.utf8) }) + names {
            if let place = ThaiUTF8.place(in: letter, at: 0) { thaiStarts[place] = true }
        }
        // A name starting with another E0 letter (Devanagari, say) is looked for at every E0.
        let everyLead = names.contains { $0[0] == 0xE0 && ThaiUTF8.place(in: $0, at: 0) == nil }
        var text = html
        return text.withUTF8 { bytes -> String? in
            var output = [UInt8]()
            var copied = 0
            var index = 0
            while index < bytes.count {
                guard starts[Int(bytes[index])] else {
                    index += 1
                    continue
                }
                if !everyLead, let place = ThaiUTF8.place(in: bytes, at: index), !thaiStarts[place] {
                    index += 3
                    continue
                }
                if bytes[index] == UInt8(ascii: "<") {
                    index = bytes[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
                } else if let end = match(bytes, at: index, names: names) {
                    if output.isEmpty { output.reserveCapacity(bytes.count + 256) }
                    output += bytes[copied..<index]
                    output += open
                    output += bytes[index..<end]
                    output += close
                    index = end
                    copied = end
                } else {
                    index += 1
                }
            }
            // Nothing to keep together: the text as it came, not a copy checked again.
            if copied == 0 { return nil }
            output += bytes[copied...]
            return String(decoding: output, as: UTF8.self)
        } ?? html
    }

    /// The end of what must stay together starting at `start`, if anything does.
    private static func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, names: [[UInt8]]) -> Int? {
        if let name = names.first(where: { has($0, in: bytes, at: start) }) {
            return start + name.count
        }
        if has(era, in: bytes, at: start) {
            var end = start + era.count
            if end < bytes.count, bytes[end] == 0x20 { end += 1 }
            let digits = end
            while let width = digitWidth(bytes, at: end) { end += width }
            return end > digits ? end : nil
        }
        // An amount: a number starting here (not inside a longer one), then `บาท`.
        guard digitWidth(bytes, at: start) != nil, !endsNumber(bytes, before: start) else { return nil }
        var end = start
        while end < bytes.count {
            if let width = digitWidth(bytes, at: end) {
                end += width
            } else if bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: ".") {
                end += 1
            } else {
                break
            }
        }
        if end < bytes.count, bytes[end] == 0x20 { end += 1 }
        return has(baht, in: bytes, at: end) ? end + baht.count : nil
    }

    private static func has(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        start + pattern.count <= bytes.count && bytes[start] == pattern[0] && bytes[start..<start + pattern.count].elementsEqual(pattern)
    }

    /// The bytes of the ASCII or Thai digit at `index` (๐–๙ are E0 B9 90–99), or nil.
    private static func digitWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if (0x30...0x39).contains(bytes[index]) { return 1 }
        if bytes[index] == 0xE0, index + 2 < bytes.count, bytes[index + 1] == 0xB9, (0x90...0x99).contains(bytes[index + 2]) { return 3 }
        return nil
    }

    /// True when the byte before `index` ends a digit, comma or point.
    private static func endsNumber(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = bytes[index - 1]
        if (0x30...0x39).contains(previous) || previous == UInt8(ascii: ",") || previous == UInt8(ascii: ".") { return true }
        return index >= 3 && bytes[index - 3] == 0xE0 && bytes[index - 2] == 0xB9 && (0x90...0x99).contains(previous)
    }
}
