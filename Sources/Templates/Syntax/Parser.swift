import Diagnostics
/// Turns a template's pieces into nodes, checking everything that can be
/// checked before any data is seen: tags open and close in order, filters
/// exist and get the right number and kinds of arguments, `super()` is
/// inside a block, `extends` comes first.
struct Parser {
    /// Deepest nesting of tags, and of expressions, before the template is refused.
    static let maximumNesting = 100

    static let keywords: Set<String> = ["true", "false", "none", "and", "or", "not", "in", "is"]
    static let tags = ["if", "elif", "else", "endif", "for", "endfor", "set", "include", "extends", "block", "endblock"]

    private let pieces: [Piece]
    private let filters: FilterRegistry
    private var position = 0
    private var nesting = 0
    private var openBlocks = [String]()
    private var blocks = [String: [Node]]()
    private var includes = [(name: String, location: Location)]()
    private var extends: (name: String, location: Location)?
    /// The variable names of every template of the set, shared as they load.
    private(set) var symbols: SymbolTable

    init(pieces: [Piece], filters: FilterRegistry, symbols: SymbolTable) {
        self.pieces = pieces
        self.filters = filters
        self.symbols = symbols
    }

    /// Parses the template called `name`.
    mutating func parse(name: String, path: String, lines: [String]) throws(TemplateSyntaxError) -> ParsedTemplate {
        let (nodes, _) = try nodes(until: [], opener: nil)
        return ParsedTemplate(name: name, path: path, lines: lines, nodes: nodes, extends: extends, blocks: blocks, includes: includes)
    }

    // MARK: Tags

    /// The opening tag of the construct being parsed, for "never closed" messages.
    private struct Opener {
        var tag: String
        var location: Location
        var closer: String
    }

    /// Nodes up to one of `terminators`; returns which one, with its tokens.
    private mutating func nodes(until terminators: Set<String>, opener: Opener?) throws(TemplateSyntaxError) -> ([Node], (String, TokenStream)?) {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Self.maximumNesting, let opener {
            throw TemplateSyntaxError("tags are nested more than \(Self.maximumNesting) deep", at: opener.location,
                                      hint: "split the template with {% include %}")
        }
        var nodes = [Node]()
        while position < pieces.count {
            let piece = pieces[position]
            position += 1
            switch piece {
            case .text(let text, _):
                nodes.append(TextNode(text))
            case .output(let tokens, let open, let end):
                var stream = TokenStream(tokens, end: end)
                guard !stream.isAtEnd else {
                    throw TemplateSyntaxError("{{ }} has nothing to print", at: open, hint: "write a name or an expression inside, e.g. {{ page.title }}")
                }
                let value = try expression(&stream)
                try stream.expectEnd("after the expression")
                nodes.append(OutputNode(value))
            case .statement(let tokens, let open, let end):
                var stream = TokenStream(tokens, end: end)
                guard case .name(let keyword)? = stream.peek?.kind else {
                    throw TemplateSyntaxError("{% %} needs a tag name, such as if, for or block", at: open)
                }
                let keywordToken = stream.next()!
                if terminators.contains(keyword) {
                    return (nodes, (keyword, stream))
                }
                if let node = try statement(keyword, keywordToken.location, &stream, opener: opener, isFirst: nodes.allSatisfy { ($0 as? TextNode)?.isWhitespace == true }) {
                    nodes.append(node)
                }
            }
        }
        if let opener {
            throw TemplateSyntaxError("{% \(opener.tag) %} is never closed with {% \(opener.closer) %}", at: opener.location,
                                      hint: "add {% \(opener.closer) %} where the \(opener.tag) should end")
        }
        return (nodes, nil)
    }

    private mutating func statement(
        _ keyword: String, _ location: Location, _ stream: inout TokenStream, opener: Opener?, isFirst: Bool
    ) throws(TemplateSyntaxError) -> Node? {
        switch keyword {
        case "if":
            return try conditional(&stream, location)
        case "for":
            return try loop(&stream, location)
        case "set":
            let name = try stream.expectName("a name to set, as in {% set total = 0 %}")
            try stream.expectSymbol("=", "after the name in {% set %}")
            let value = try expression(&stream)
            try stream.expectEnd("after the value of {% set %}")
            return AssignmentNode(name: name, symbol: symbols.intern(name), value: value)
        case "include":
            let (name, nameLocation) = try stream.expectString("the name of the template to include, in quotes")
            try stream.expectEnd("after the name in {% include %}")
            includes.append((name, nameLocation))
            return IncludeNode(name: name, location: nameLocation)
        case "extends":
            let (name, nameLocation) = try stream.expectString("the name of the template to extend, in quotes")
            try stream.expectEnd("after the name in {% extends %}")
            guard extends == nil else {
                throw TemplateSyntaxError("a template can extend only one other", at: location)
            }
            guard isFirst, nesting == 1 else {
                throw TemplateSyntaxError("{% extends %} must come first in the template", at: location,
                                          hint: "move it to the top, before any other tag")
            }
            extends = (name, nameLocation)
            return nil
        case "block":
            return try block(&stream, location)
        case "elif", "else", "endif", "endfor", "endblock":
            let open = opener.map { ": the open tag is {% \($0.tag) %} on line \($0.location.line)" } ?? ""
            throw TemplateSyntaxError("{% \(keyword) %} does not close anything\(open)", at: location,
                                      hint: opener.map { "close it with {% \($0.closer) %}" } ?? "remove it, or add the tag it belongs to")
        default:
            throw TemplateSyntaxError("unknown tag \"\(keyword)\"", at: location,
                                      hint: Suggestion.hint(for: keyword, among: Self.tags) ?? "the tags are \(Self.tags.joined(separator: ", "))")
        }
    }

    private mutating func conditional(_ stream: inout TokenStream, _ location: Location) throws(TemplateSyntaxError) -> Node {
        var branches = [(condition: any Expression, body: [Node])]()
        var condition = try expression(&stream)
        try stream.expectEnd("after the condition")
        let opener = Opener(tag: "if", location: location, closer: "endif")
        while true {
            let (body, terminator) = try nodes(until: ["elif", "else", "endif"], opener: opener)
            branches.append((condition, body))
            guard case (let keyword, var tail)? = terminator else { break }
            switch keyword {
            case "elif":
                condition = try expression(&tail)
                try tail.expectEnd("after the condition")
            case "else":
                try tail.expectEnd("after else")
                let (otherwise, end) = try nodes(until: ["endif"], opener: opener)
                if let (_, endTail) = end { try endTail.expectEnd("after endif") }
                return ConditionalNode(branches, otherwise: otherwise)
            default:
                try tail.expectEnd("after endif")
                return ConditionalNode(branches, otherwise: [])
            }
        }
        return ConditionalNode(branches, otherwise: [])
    }

    private mutating func loop(_ stream: inout TokenStream, _ location: Location) throws(TemplateSyntaxError) -> Node {
        var names = [try stream.expectName("a name for each item, as in {% for item in items %}")]
        if stream.consumeSymbol(",") {
            names.append(try stream.expectName("a second name, as in {% for key, value in map %}"))
        }
        try stream.expectKeyword("in", "after the name in {% for %}")
        let sequence = try expression(&stream)
        try stream.expectEnd("after the list in {% for %}")
        let opener = Opener(tag: "for", location: location, closer: "endfor")
        let (body, terminator) = try nodes(until: ["else", "endfor"], opener: opener)
        var otherwise = [Node]()
        if let (keyword, tail) = terminator, keyword == "else" {
            try tail.expectEnd("after else")
            let (elseBody, end) = try nodes(until: ["endfor"], opener: opener)
            otherwise = elseBody
            if let (_, endTail) = end { try endTail.expectEnd("after endfor") }
        } else if let (_, tail) = terminator {
            try tail.expectEnd("after endfor")
        }
        return LoopNode(names: names, symbols: names.map { symbols.intern($0) }, sequence: sequence, body: body, otherwise: otherwise, location: location)
    }

    private mutating func block(_ stream: inout TokenStream, _ location: Location) throws(TemplateSyntaxError) -> Node {
        let nameLocation = stream.peek?.location ?? location
        let name = try stream.expectName("the name of the block, as in {% block main %}")
        try stream.expectEnd("after the block's name")
        guard blocks[name] == nil, !openBlocks.contains(name) else {
            throw TemplateSyntaxError("the block \"\(name)\" is defined twice in this template", at: nameLocation)
        }
        openBlocks.append(name)
        let (body, terminator) = try nodes(until: ["endblock"], opener: Opener(tag: "block \(name)", location: location, closer: "endblock"))
        openBlocks.removeLast()
        if var (_, tail) = terminator {
            if let closing = tail.peek, case .name(let closingName) = closing.kind {
                _ = tail.next()
                guard closingName == name else {
                    throw TemplateSyntaxError("{% endblock \(closingName) %} closes the block \"\(name)\"", at: closing.location,
                                              hint: "write {% endblock %} or {% endblock \(name) %}")
                }
            }
            try tail.expectEnd("after endblock")
        }
        blocks[name] = body
        return BlockNode(name: name, location: nameLocation)
    }

    // MARK: Expressions, loosest binding first

    private mutating func expression(_ stream: inout TokenStream) throws(TemplateSyntaxError) -> any Expression {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Self.maximumNesting * 2 {
            throw TemplateSyntaxError("this expression is nested too deeply", at: stream.peek?.location ?? stream.end,
                                      hint: "split it with {% set %}")
        }
        return try or(&stream)
    }

    private mutating func or(_ stream: inout TokenStream) throws(TemplateSyntaxError) -> any Expression {
        var result = try and(&stream)
        while stream.consumeKeyword("or") {
            result = Logical(or: result, try and(&stream))
        }
        return result
    }

    private mutating func and(_ stream: inout TokenStream) throws(TemplateSyntaxError) -> any Expression {
        var result = try not(&stream)
        while stream.consumeKeyword("and") {
            result = Logical(and: result, try not(&stream))
        }
        return result
    }

    private mutating func not(_ stream: inout TokenStream) throws(TemplateSyntaxError) -> any Expression {
        if stream.consumeKeyword("not") {
            nesting += 1
            defer { nesting -= 1 }
            if nesting > Self.maximumNesting * 2 {
                throw TemplateSyntaxError("this expression is nested too deeply", at: stream.peek?.location ?? stream.end)
            }
            return Not(try not(&stream))
        }
        return try comparison(&stream)
    }

    private mutating func comparison(_ stream: inout TokenStream) throws(TemplateSyntaxError) -> any Expression {
        var result = try additive(&stream)
        while let token = stream.peek {
            let location = token.location
            if case .symbol(let symbol) = token.kind, let op = BinaryOperator(rawValue: symbol),
               [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) {
                _ = stream.next()
                result = Binary(op, result, try additive(&stream), location)
            } else if stream.consumeKeyword("in") {
                result = Binary(.contains, result, try additive(&stream), location)
            } else if stream.peekKeyword("not"), stream.peekKeyword("in", offset: 1) {
                _ = stream.next()
                _ = stream.next()
                result = Binary(.notContains, result, try additive(&stream), location)
            } else if stream.consumeKeyword("is") {
                let negated = stream.consumeKeyword("not")
                guard let testToken = stream.next(), case .name(let testName) = testToken.kind,
                      let test = TestKind(rawValue: testName) else {
                    throw TemplateSyntaxError("\"is\" must be followed by \"defined\" or \"none\"", at: stream.last?.location ?? location,
                                              hint: "write x is defined, x is not defined, x is none or x is not none")
                }
                result = Test(result, test, negated: negated, location)
            } else {
                break
            }
        }
        return result
    }

    private mutating func additive(_ stream: inout TokenStream) throws(TemplateSyntaxError) -> any Expression {
        try leftAssociative(["+", "-", "~"], &stream) { parser, stream throws(TemplateSyntaxError) in try parser.multiplicative(&stream) }
    }

    private mutating func multiplicative(_ stream: inout TokenStream) throws(TemplateSyntaxError) -> any Expression {
        try leftAssociative(["*", "/", "%"], &stream) { parser, stream throws(TemplateSyntaxError) in try parser.unary(&stream) }
    }

    /// `operand (op operand)*` for one precedence level, grouping to the left.
    private mutating func leftAssociative(
        _ symbols: Set<String>, _ stream: inout TokenStream,
        operand: (inout Parser, inout TokenStream) throws(TemplateSyntaxError) -> any Expression
    ) throws(TemplateSyntaxError) -> any Expression {
        var result = try operand(&self, &stream)
        while let token = stream.peek, case .symbol(let symbol) = token.kind, symbols.contains(symbol),
              let op = BinaryOperator(rawValue: symbol) {
            _ = stream.next()
            result = Binary(op, result, try operand(&self, &stream), token.location)
        }
        return result
    }

    private mutating func unary(_ stream: inout TokenStream) throws(TemplateSyntaxError) -> any Expression {
        if let token = stream.peek, token.kind == .symbol("-") {
            _ = stream.next()
            nesting += 1
            defer { nesting -= 1 }
            if nesting > Self.maximumNesting * 2 {
                throw TemplateSyntaxError("this expression is nested too deeply", at: token.location)
            }
            return Negate(try unary(&stream), token.location)
        }
        return try filtered(&stream)
    }

    private mutating func filtered(_ stream: inout TokenStream) throws(TemplateSyntaxError) -> any Expression {
        var result = try postfix(&stream)
        while stream.consumeSymbol("|") {
            guard let token = stream.next(), case .name(let name) = token.kind else {
                throw TemplateSyntaxError("\"|\" must be followed by a filter name", at: stream.last?.location ?? stream.end)
            }
            var arguments = [any Expression]()
            if stream.consumeSymbol("(") {
                if !stream.consumeSymbol(")") {
                    repeat {
                        arguments.append(try expression(&stream))
                    } while stream.consumeSymbol(",")
                    try stream.expectSymbol(")", "to close the arguments of \"\(name)\"")
                }
            }
            let filter = try resolve(name, arguments, at: token.location)
            let literals = arguments.compactMap { ($0 as? Literal)?.value }
            let resolved: FilterArguments = literals.count == arguments.count ? .constant(literals) : .computed(arguments)
            result = FilterCall(result, filter, resolved, token.location)
        }
        return result
    }

    /// The filter called `name`, checked against its arguments.
    private func resolve(_ name: String, _ arguments: [any Expression], at location: Location) throws(TemplateSyntaxError) -> Filter {
        guard let filter = filters[name] else {
            throw TemplateSyntaxError("unknown filter \"\(name)\"", at: location, hint: Suggestion.hint(for: name, among: filters.names))
        }
        guard filter.arguments.contains(arguments.count) else {
            let range = filter.arguments
            let expected = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            let noun = range.upperBound == 1 ? "argument" : "arguments"
            throw TemplateSyntaxError("\"\(name)\" takes \(expected) \(noun), not \(arguments.count)", at: location, hint: filter.summary)
        }
        for (index, argument) in arguments.enumerated() where index < filter.argumentKinds.count {
            if let value = (argument as? Literal)?.value, !filter.argumentKinds[index].admits(value) {
                throw TemplateSyntaxError(
                    "argument \(index + 1) of \"\(name)\" must be \(filter.argumentKinds[index].name), not \(value.kindName)",
                    at: location, hint: filter.summary)
            }
        }
        return filter
    }

    private mutating func postfix(_ stream: inout TokenStream) throws(TemplateSyntaxError) -> any Expression {
        var result = try primary(&stream)
        while let token = stream.peek {
            if token.kind == .symbol(".") {
                _ = stream.next()
                guard let nameToken = stream.next(), case .name(let name) = nameToken.kind else {
                    throw TemplateSyntaxError("\".\" must be followed by a field name", at: token.location)
                }
                result = Member(result, name, nameToken.location)
            } else if token.kind == .symbol("[") {
                _ = stream.next()
                let index = try expression(&stream)
                try stream.expectSymbol("]", "to close the index")
                result = Index(result, index, token.location)
            } else {
                break
            }
        }
        return result
    }

    private mutating func primary(_ stream: inout TokenStream) throws(TemplateSyntaxError) -> any Expression {
        guard let token = stream.next() else {
            throw TemplateSyntaxError("an expression is missing here", at: stream.end)
        }
        switch token.kind {
        case .string(let text): return Literal(.text(text))
        case .integer(let value): return Literal(.integer(value))
        case .decimal(let value): return Literal(.decimal(value))
        case .name("true"): return Literal(.bool(true))
        case .name("false"): return Literal(.bool(false))
        case .name("none"): return Literal(.none)
        case .name("super"):
            try stream.expectSymbol("(", "after super")
            try stream.expectSymbol(")", "after super(")
            guard !openBlocks.isEmpty else {
                throw TemplateSyntaxError("super() is only meaningful inside a block", at: token.location,
                                          hint: "use it in {% block name %} to print the block it replaces")
            }
            return SuperBlock(token.location)
        case .name(let name) where !Self.keywords.contains(name):
            return Name(name, symbols.intern(name), token.location)
        case .symbol("("):
            let inner = try expression(&stream)
            try stream.expectSymbol(")", "to close the parenthesis")
            return inner
        case .symbol("["):
            var items = [any Expression]()
            if !stream.consumeSymbol("]") {
                repeat {
                    items.append(try expression(&stream))
                } while stream.consumeSymbol(",")
                try stream.expectSymbol("]", "to close the list")
            }
            if items.allSatisfy({ $0 is Literal }) {
                return Literal(.list(items.compactMap { ($0 as? Literal)?.value }))
            }
            return ListLiteral(items)
        default:
            throw TemplateSyntaxError("\(token.display) cannot start an expression", at: token.location)
        }
    }
}
