/// The tokens of one tag, read front to back by the parser.
struct TokenStream {
    private let tokens: [Token]
    private var index = 0
    /// Where the tag's closing delimiter is, for "missing" messages.
    let end: Location

    init(_ tokens: [Token], end: Location) {
        self.tokens = tokens
        self.end = end
    }

    var isAtEnd: Bool { index >= tokens.count }
    var peek: Token? { index < tokens.count ? tokens[index] : nil }
    var last: Token? { index > 0 ? tokens[index - 1] : nil }

    /// The next token, consumed; nil at the end, which stays the end (so
    /// that ``last`` is the tag's last token).
    mutating func next() -> Token? {
        guard index < tokens.count else { return nil }
        defer { index += 1 }
        return tokens[index]
    }

    func peekKeyword(_ keyword: String, offset: Int = 0) -> Bool {
        index + offset < tokens.count && tokens[index + offset].kind == .name(keyword)
    }

    mutating func consumeKeyword(_ keyword: String) -> Bool {
        guard peekKeyword(keyword) else { return false }
        index += 1
        return true
    }

    mutating func consumeSymbol(_ symbol: String) -> Bool {
        guard peek?.kind == .symbol(symbol) else { return false }
        index += 1
        return true
    }

    private var here: Location { peek?.location ?? end }

    mutating func expectSymbol(_ symbol: String, _ purpose: String) throws(TemplateSyntaxError) {
        guard consumeSymbol(symbol) else {
            throw TemplateSyntaxError("expected \"\(symbol)\" \(purpose)\(found)", at: here)
        }
    }

    mutating func expectKeyword(_ keyword: String, _ purpose: String) throws(TemplateSyntaxError) {
        guard consumeKeyword(keyword) else {
            throw TemplateSyntaxError("expected \"\(keyword)\" \(purpose)\(found)", at: here)
        }
    }

    mutating func expectName(_ what: String) throws(TemplateSyntaxError) -> String {
        guard let token = peek, case .name(let name) = token.kind, !Parser.keywords.contains(name) else {
            throw TemplateSyntaxError("expected \(what)\(found)", at: here)
        }
        index += 1
        return name
    }

    mutating func expectString(_ what: String) throws(TemplateSyntaxError) -> (String, Location) {
        guard let token = peek, case .string(let text) = token.kind else {
            throw TemplateSyntaxError("expected \(what)\(found)", at: here)
        }
        index += 1
        return (text, token.location)
    }

    func expectEnd(_ purpose: String) throws(TemplateSyntaxError) {
        if let token = peek {
            throw TemplateSyntaxError("unexpected \(token.display) \(purpose)", at: token.location)
        }
    }

    private var found: String {
        peek.map { ", found \($0.display)" } ?? ", found the end of the tag"
    }
}
