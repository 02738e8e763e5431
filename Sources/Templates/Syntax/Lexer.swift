import Foundation

/// Cuts a template into text and tags, and tags into tokens.
///
/// Tags are tokenised as they are read, so a `}}` inside a string does not
/// end a tag. `{%-`, `-%}` and their `{{`/`{#` forms trim the white space
/// on that side of the tag from the neighbouring text.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private let template: Int
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ text: String, template: Int) {
        scalars = Array(text.unicodeScalars)
        self.template = template
    }

    /// The pieces of the template, with trimming applied.
    mutating func pieces() throws(TemplateSyntaxError) -> [Piece] {
        var pieces = [Piece]()
        var trimNextText = false
        var text = String.UnicodeScalarView()
        var textStart = here
        while index < scalars.count {
            if scalars[index] == "{", index + 1 < scalars.count, let kind = TagKind(scalars[index + 1]) {
                let open = here
                advance(by: 2)
                let trimBefore = peek("-")
                if trimBefore { advance(by: 1) }
                var pending = String(text)
                if trimBefore { pending = pending.trimmingSuffixWhitespace() }
                if trimNextText { pending = pending.trimmingPrefixWhitespace() }
                if !pending.isEmpty { pieces.append(.text(pending, textStart)) }
                text = String.UnicodeScalarView()
                var openLocation = open
                openLocation.length = trimBefore ? 3 : 2
                let (tokens, end, trimAfter) = try tag(kind, opened: openLocation)
                switch kind {
                case .output: pieces.append(.output(tokens, open: openLocation, end: end))
                case .statement: pieces.append(.statement(tokens, open: openLocation, end: end))
                case .comment: break
                }
                trimNextText = trimAfter
                textStart = here
                continue
            }
            text.append(scalars[index])
            advance(by: 1)
        }
        var pending = String(text)
        if trimNextText { pending = pending.trimmingPrefixWhitespace() }
        if !pending.isEmpty { pieces.append(.text(pending, textStart)) }
        return pieces
    }

    private enum TagKind {
        case output, statement, comment

        init?(_ scalar: Unicode.Scalar) {
            switch scalar {
            case "{": self = .output
            case "%": self = .statement
            case "#": self = .comment
            default: return nil
            }
        }

        var close: Unicode.Scalar {
            switch self {
            case .output: "}"
            case .statement: "%"
            case .comment: "#"
            }
        }

        var name: String {
            switch self {
            case .output: "{{"
            case .statement: "{%"
            case .comment: "{#"
            }
        }
    }

    private var here: Location {
        Location(template: template, line: line, column: column)
    }

    private func peek(_ scalar: Unicode.Scalar, offset: Int = 0) -> Bool {
        index + offset < scalars.count && scalars[index + offset] == scalar
    }

    private mutating func advance(by count: Int) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
    }

    /// True when the tag closes here: `}}`, `%}`, `#}`, with an optional `-` before.
    private func closes(_ kind: TagKind) -> (Bool, trim: Bool) {
        if peek(kind.close) && peek("}", offset: 1) { return (true, false) }
        if peek("-") && peek(kind.close, offset: 1) && peek("}", offset: 2) { return (true, true) }
        return (false, false)
    }

    private mutating func tag(_ kind: TagKind, opened: Location) throws(TemplateSyntaxError) -> ([Token], Location, Bool) {
        var tokens = [Token]()
        while index < scalars.count {
            let (closed, trim) = closes(kind)
            if closed {
                var end = here
                end.length = trim ? 3 : 2
                advance(by: trim ? 3 : 2)
                return (tokens, end, trim)
            }
            if kind == .comment {
                advance(by: 1)
                continue
            }
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                advance(by: 1)
                continue
            }
            tokens.append(try token())
        }
        let closing = kind == .output ? "}}" : "\(kind.close)}"
        throw TemplateSyntaxError(
            "\(kind.name) is never closed with \(closing)", at: opened,
            hint: "close the tag with \(closing) on the same or a later line")
    }

    private mutating func token() throws(TemplateSyntaxError) -> Token {
        let start = here
        let scalar = scalars[index]
        if scalar == "\"" || scalar == "'" {
            return try string(quote: scalar, start: start)
        }
        if ("0"..."9").contains(scalar) {
            return number(start: start)
        }
        if scalar == "_" || scalar.properties.isAlphabetic {
            var name = String.UnicodeScalarView()
            while index < scalars.count,
                  scalars[index] == "_" || scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) {
                name.append(scalars[index])
                advance(by: 1)
            }
            return Token(kind: .name(String(name)), location: spanning(from: start))
        }
        for (first, second, symbol) in [("=", "=", "=="), ("!", "=", "!="), ("<", "=", "<="), (">", "=", ">=")] as [(Unicode.Scalar, Unicode.Scalar, String)]
        where peek(first) && peek(second, offset: 1) {
            advance(by: 2)
            return Token(kind: .symbol(symbol), location: spanning(from: start))
        }
        if "()[],.|~+-*/%<>=".unicodeScalars.contains(scalar) {
            advance(by: 1)
            return Token(kind: .symbol(String(scalar)), location: spanning(from: start))
        }
        throw TemplateSyntaxError("\"\(scalar)\" has no meaning inside a tag", at: start,
                                  hint: "text to print goes outside {{ }}; inside, write names, \"strings\", numbers and operators")
    }

    private mutating func string(quote: Unicode.Scalar, start: Location) throws(TemplateSyntaxError) -> Token {
        advance(by: 1)
        var text = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == quote {
                advance(by: 1)
                return Token(kind: .string(String(text)), location: spanning(from: start))
            }
            if scalar == "\n" {
                break
            }
            if scalar == "\\", index + 1 < scalars.count {
                let escaped = scalars[index + 1]
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "\\", "\"", "'": text.append(escaped)
                default:
                    throw TemplateSyntaxError("\"\\\(escaped)\" is not an escape a string knows", at: here,
                                              hint: "use \\\" \\' \\\\ \\n or \\t")
                }
                advance(by: 2)
                continue
            }
            text.append(scalar)
            advance(by: 1)
        }
        throw TemplateSyntaxError("this string is never closed", at: start, hint: "end it with \(quote) on the same line")
    }

    private mutating func number(start: Location) -> Token {
        var digits = ""
        while index < scalars.count, ("0"..."9").contains(scalars[index]) {
            digits.unicodeScalars.append(scalars[index])
            advance(by: 1)
        }
        if peek("."), index + 1 < scalars.count, ("0"..."9").contains(scalars[index + 1]) {
            digits += "."
            advance(by: 1)
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                digits.unicodeScalars.append(scalars[index])
                advance(by: 1)
            }
            return Token(kind: .decimal(Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) ?? 0), location: spanning(from: start))
        }
        // Too many digits for an integer: keep the value exact as a decimal.
        if let value = Int(digits) {
            return Token(kind: .integer(value), location: spanning(from: start))
        }
        return Token(kind: .decimal(Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) ?? 0), location: spanning(from: start))
    }

    private func spanning(from start: Location) -> Location {
        var location = start
        location.length = line == start.line ? max(1, column - start.column) : 1
        return location
    }
}

extension String {
    func trimmingSuffixWhitespace() -> String {
        var scalars = unicodeScalars[...]
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    func trimmingPrefixWhitespace() -> String {
        String(String.UnicodeScalarView(unicodeScalars.drop { $0.properties.isWhitespace }))
    }
}
