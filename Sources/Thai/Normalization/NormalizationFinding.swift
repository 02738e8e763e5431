/// One repair the normaliser made, or one problem it left for a person.
public struct NormalizationFinding: Sendable, Equatable {
    public var rule: NormalizationRule
    /// The 1-based line and column in the text given to the normaliser.
    public var line: Int
    public var column: Int
    /// The letter with its marks as written.
    public var before: String
    /// The same letter after the repair; equal to `before` for problems left alone.
    public var after: String

    public init(rule: NormalizationRule, line: Int, column: Int, before: String, after: String) {
        self.rule = rule
        self.line = line
        self.column = column
        self.before = before
        self.after = after
    }

    /// `before → after` as a person can read it: characters that cannot be
    /// seen (zero-width characters, private-use glyphs, line ends) are
    /// written as `<U+200B>`, `<CR>`, `<LF>`, and a mark with no letter under it
    /// sits on a dotted circle as in Thai textbooks.
    public var change: String {
        rule.isRepair ? "\(Self.visible(before)) → \(Self.visible(after))" : Self.visible(before)
    }

    /// The one finding for a text's line endings: at its first CR, since a
    /// finding for every line would bury everything else. Nil when every
    /// line already ends in LF.
    public static func lineEndings(in text: String) -> NormalizationFinding? {
        guard text.utf8Contains(0x0D) else { return nil }
        let scalars = text.unicodeScalars
        guard let firstCR = scalars.firstIndex(of: "\r") else { return nil }
        let position = TextPosition.after(scalars[..<firstCR])
        let ending = scalars[firstCR...].starts(with: ["\r", "\n"]) ? "\r\n" : "\r"
        return NormalizationFinding(rule: .lineEndings, line: position.line, column: position.column, before: ending, after: "\n")
    }

    static func visible(_ text: String) -> String {
        var result = ""
        var previousClass = ThaiCharacter.other
        for scalar in text.unicodeScalars {
            let kind = ThaiCharacter(scalar)
            switch scalar.value {
            case 0x0D: result += "<CR>"
            case 0x0A: result += "<LF>"
            case 0x200B...0x200D, 0xFEFF, 0xF700...0xF71A, 0xF884...0xF89E, 0x00...0x1F:
                result += "<\(scalar.codePoint)>"
            default:
                if kind.isCombiningMark, !(previousClass == .consonant || previousClass.isCombiningMark) {
                    result.unicodeScalars.append("\u{25CC}")
                }
                result.unicodeScalars.append(scalar)
            }
            previousClass = kind
        }
        return result
    }
}

/// The normalised text and what the normaliser found on the way.
public struct NormalizationResult: Sendable, Equatable {
    /// The normalised text; the very same string when nothing needed a repair.
    public var text: String
    /// Repairs made and problems left for a person, by line and column, up
    /// to the limit given to the normaliser.
    public var findings: [NormalizationFinding]
    /// How many more findings there were past the limit.
    public var omittedFindingCount: Int
    /// True when the text was changed.
    public var changed: Bool
}
