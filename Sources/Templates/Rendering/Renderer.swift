import Foundation

/// Renders one page: walks the nodes of its template (and the templates it
/// extends and includes), evaluating expressions against the variables in
/// scope, appending to one buffer.
struct Renderer {
    let set: TemplateSet
    let environment: RenderEnvironment
    var output: [UInt8]

    /// Variables in scope, innermost last; `frames` marks where each scope starts.
    private var names = [String]()
    private var values = [Value]()
    private var frames = [Int]()

    /// One level of rendering a template by name: the page, or an include.
    private struct Level {
        var template: Int
        var includedAt: Location?
        /// The definitions of each block, most derived first.
        var blocks: [String: [(template: Int, nodes: [Node])]]
    }
    private var levels = [Level]()
    /// The blocks being rendered, and which definition of each, for `super()`.
    private var activeBlocks = [(name: String, definition: Int)]()

    init(set: TemplateSet, environment: RenderEnvironment, output: [UInt8]) {
        self.set = set
        self.environment = environment
        self.output = output
    }

    mutating func renderPage(_ id: Int, context: [String: Value]) throws(TemplateError) {
        for name in context.keys.sorted() {
            names.append(name)
            values.append(context[name] ?? .none)
        }
        frames.append(0)
        try renderTemplate(id, includedAt: nil)
    }

    // MARK: Templates and blocks

    private mutating func renderTemplate(_ id: Int, includedAt: Location?) throws(TemplateError) {
        guard levels.count < environment.maximumDepth else {
            throw fail("templates are included more than \(environment.maximumDepth) deep", at: includedAt ?? Location(template: id, line: 1, column: 1))
        }
        // The chain from this template up to the one that extends nothing.
        var chain = [id]
        while let parent = set.templates[chain[chain.count - 1]].extends, let parentID = set.ids[parent.name] {
            chain.append(parentID)
        }
        var blocks = [String: [(template: Int, nodes: [Node])]]()
        for template in chain {
            for (name, nodes) in set.templates[template].blocks {
                blocks[name, default: []].append((template, nodes))
            }
        }
        levels.append(Level(template: id, includedAt: includedAt, blocks: blocks))
        defer { levels.removeLast() }
        // A template that extends another shows only its blocks, inside the
        // root's layout; its top-level sets still run first.
        for template in chain.dropLast() {
            for case .assignment(let name, let value) in set.templates[template].nodes {
                assign(name, try evaluate(value))
            }
        }
        try render(set.templates[chain[chain.count - 1]].nodes)
    }

    private mutating func renderBlock(_ name: String, definition: Int, at location: Location) throws(TemplateError) {
        guard let definitions = levels.last?.blocks[name], definitions.indices.contains(definition) else {
            throw fail("the block \"\(name)\" has no parent definition for super() to print", at: location,
                       hint: "remove super(), or define the block in the template this one extends")
        }
        guard activeBlocks.count < environment.maximumDepth else {
            throw fail("blocks are nested more than \(environment.maximumDepth) deep", at: location)
        }
        activeBlocks.append((name, definition))
        defer { activeBlocks.removeLast() }
        try render(definitions[definition].nodes)
    }

    // MARK: Nodes

    private mutating func render(_ nodes: [Node]) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .output(let expression):
                try print(try evaluate(expression), expression)
            case .conditional(let branches, let otherwise):
                var taken = false
                for (condition, body) in branches where try evaluate(condition).isTruthy {
                    try render(body)
                    taken = true
                    break
                }
                if !taken {
                    try render(otherwise)
                }
            case .loop(let loop):
                try render(loop)
            case .assignment(let name, let value):
                assign(name, try evaluate(value))
            case .include(let name, let location):
                guard let id = set.ids[name] else {
                    throw fail("there is no template called \"\(name)\"", at: location)
                }
                frames.append(names.count)
                defer { popFrame() }
                try renderTemplate(id, includedAt: location)
            case .block(let name, let location):
                try renderBlock(name, definition: 0, at: location)
            }
            if output.count > environment.maximumOutputSize {
                throw fail("the page is larger than \(environment.maximumOutputSize) bytes", at: Location(template: levels.last?.template ?? 0, line: 1, column: 1),
                           hint: "a loop probably repeats more than it should")
            }
        }
    }

    private mutating func render(_ loop: Loop) throws(TemplateError) {
        let sequence = try evaluate(loop.sequence)
        let items: [(Value, Value)]
        switch sequence {
        case .list(let list):
            items = list.map { ($0, .none) }
        case .map(let map):
            items = map.pairs.map { (.text($0.key), $0.value) }
        case .none:
            items = []
        default:
            throw fail("cannot loop over \"\(loop.sequence.display)\", which is \(sequence.kindName)", at: loop.sequence.location ?? loop.location,
                       hint: "{% for %} goes over a list or a map")
        }
        if loop.names.count == 2, case .list = sequence {
            throw fail("two names need a map to loop over, and \"\(loop.sequence.display)\" is a list", at: loop.location,
                       hint: "write {% for item in \(loop.sequence.display) %}")
        }
        guard !items.isEmpty else {
            try render(loop.otherwise)
            return
        }
        frames.append(names.count)
        defer { popFrame() }
        let base = names.count
        names.append(contentsOf: loop.names)
        names.append("loop")
        values.append(contentsOf: Array(repeating: Value.none, count: loop.names.count + 1))
        let frameEnd = names.count
        for (index, item) in items.enumerated() {
            // Sets inside the body last one iteration.
            names.removeSubrange(frameEnd...)
            values.removeSubrange(frameEnd...)
            values[base] = item.0
            if loop.names.count == 2 {
                values[base + 1] = item.1
            }
            values[frameEnd - 1] = .object(LoopInfo(index0: index, length: items.count))
            try render(loop.body)
        }
    }

    // MARK: Printing

    private mutating func print(_ value: Value, _ expression: Expression) throws(TemplateError) {
        switch value {
        case .text(let text):
            HTMLEscaping.append(text, to: &output)
        case .safe, .integer, .decimal, .bool, .none:
            output.append(contentsOf: (value.printedText ?? "").utf8)
        case .date:
            throw fail("\"\(expression.display)\" is a date; say how to show it", at: expression.location ?? currentLocation,
                       hint: "use a filter such as iso or date(\"%Y-%m-%d\")")
        case .list, .map, .object:
            throw fail("\"\(expression.display)\" is \(value.kindName), which cannot be printed as it is", at: expression.location ?? currentLocation,
                       hint: "print one of its fields, or go over it with {% for %} or join")
        }
    }

    // MARK: Variables

    private func lookup(_ name: String) -> Value? {
        var index = names.count - 1
        while index >= 0 {
            if names[index] == name {
                return values[index]
            }
            index -= 1
        }
        return nil
    }

    private mutating func assign(_ name: String, _ value: Value) {
        let start = frames.last ?? 0
        if let index = names[start...].lastIndex(of: name) {
            values[index] = value
        } else {
            names.append(name)
            values.append(value)
        }
    }

    private mutating func popFrame() {
        let start = frames.removeLast()
        names.removeSubrange(start...)
        values.removeSubrange(start...)
    }

    // MARK: Expressions

    mutating func evaluate(_ expression: Expression) throws(TemplateError) -> Value {
        switch expression {
        case .literal(let value):
            return value
        case .name(let name, let location):
            guard let value = lookup(name) else {
                var error = fail("unknown name \"\(name)\"", at: location, hint: Suggestion.hint(for: name, among: Set(names)))
                error.isUndefined = true
                throw error
            }
            return value
        case .member(let base, let name, let location):
            return try member(try evaluate(base), name, of: base, at: location)
        case .index(let base, let index, let location):
            return try subscripted(try evaluate(base), try evaluate(index), of: base, at: location)
        case .list(let items):
            var values = [Value]()
            values.reserveCapacity(items.count)
            for item in items {
                values.append(try evaluate(item))
            }
            return .list(values)
        case .not(let inner):
            return .bool(!(try evaluate(inner).isTruthy))
        case .negate(let inner, let location):
            return try Arithmetic.negate(try evaluate(inner), at: location, renderer: self)
        case .and(let lhs, let rhs):
            let left = try evaluate(lhs)
            return left.isTruthy ? try evaluate(rhs) : left
        case .or(let lhs, let rhs):
            let left = try evaluate(lhs)
            return left.isTruthy ? left : try evaluate(rhs)
        case .binary(let op, let lhs, let rhs, let location):
            return try Arithmetic.apply(op, try evaluate(lhs), try evaluate(rhs), at: location, renderer: self)
        case .test(let inner, let kind, let negated, _):
            let result: Bool
            switch kind {
            case .defined:
                result = try evaluateLeniently(inner) != nil
            case .none:
                if case .none = try evaluate(inner) { result = true } else { result = false }
            }
            return .bool(result != negated)
        case .filter(let input, let filter, let arguments, let location):
            let value = filter.acceptsUndefined ? (try evaluateLeniently(input) ?? .none) : try evaluate(input)
            var argumentValues = [Value]()
            argumentValues.reserveCapacity(arguments.count)
            for argument in arguments {
                argumentValues.append(try evaluate(argument))
            }
            do throws(FilterError) {
                return try filter.body(value, argumentValues, environment)
            } catch {
                throw fail("\(filter.name): \(error.message)", at: location, hint: error.hint)
            }
        case .superBlock(let location):
            guard let active = activeBlocks.last else {
                throw fail("super() is only meaningful inside a block", at: location)
            }
            var inner = Renderer(set: set, environment: environment, output: [])
            inner.names = names
            inner.values = values
            inner.frames = frames
            inner.levels = levels
            inner.activeBlocks = activeBlocks
            try inner.renderBlock(active.name, definition: active.definition + 1, at: location)
            return .safe(String(decoding: inner.output, as: UTF8.self))
        }
    }

    /// The value, or nil when a name or field on the way is not there.
    private mutating func evaluateLeniently(_ expression: Expression) throws(TemplateError) -> Value? {
        do {
            return try evaluate(expression)
        } catch where error.isUndefined {
            return nil
        }
    }

    private func member(_ base: Value, _ name: String, of expression: Expression, at location: Location) throws(TemplateError) -> Value {
        switch base {
        case .object(let object):
            if let value = object.field(name) { return value }
            throw undefined("\"\(expression.display)\" has no field \"\(name)\"", at: location,
                            hint: Suggestion.hint(for: name, among: object.fieldNames))
        case .map(let map):
            if let value = map[name] { return value }
            throw undefined("\"\(expression.display)\" has no field \"\(name)\"", at: location,
                            hint: Suggestion.hint(for: name, among: map.keys))
        case .none:
            throw undefined("\"\(expression.display)\" is none, so it has no field \"\(name)\"", at: location,
                            hint: "check it first: {% if \(expression.display) %}")
        default:
            throw undefined("\"\(expression.display)\" is \(base.kindName), which has no fields", at: location,
                            hint: base.listValue != nil ? "use a filter such as length or first, or a {% for %} loop" : nil)
        }
    }

    private func subscripted(_ base: Value, _ index: Value, of expression: Expression, at location: Location) throws(TemplateError) -> Value {
        switch (base, index) {
        case let (.list(items), .integer(position)):
            let resolved = position < 0 ? items.count + position : position
            guard items.indices.contains(resolved) else {
                throw undefined("\"\(expression.display)[\(position)]\" is past the end: the list has \(items.count) items", at: location)
            }
            return items[resolved]
        case (.map, .text(let key)), (.object, .text(let key)):
            return try member(base, key, of: expression, at: location)
        default:
            throw fail("\"\(expression.display)\" is \(base.kindName) and cannot be indexed with \(index.kindName)", at: location)
        }
    }

    // MARK: Errors

    private var currentLocation: Location {
        Location(template: levels.last?.template ?? 0, line: 1, column: 1)
    }

    private func undefined(_ message: String, at location: Location, hint: String? = nil) -> TemplateError {
        var error = fail(message, at: location, hint: hint)
        error.isUndefined = true
        return error
    }

    /// An error at `location`, with the chain of includes and extends that led there.
    func fail(_ message: String, at location: Location, hint: String? = nil) -> TemplateError {
        let template = set.templates[location.template]
        var notes = [String]()
        var current = location.template
        for level in levels.reversed() {
            if level.template != current {
                notes.append("extending \(set.templates[level.template].path)")
                current = level.template
            }
            if let at = level.includedAt {
                notes.append("included from \(set.templates[at.template].path):\(at.line):\(at.column)")
                current = at.template
            }
        }
        return TemplateError(
            path: template.path, line: location.line, column: location.column, length: location.length,
            message: message, hint: hint,
            sourceLine: template.lines.indices.contains(location.line - 1) ? template.lines[location.line - 1] : nil,
            notes: notes.isEmpty ? [] : [notes.joined(separator: ", ")])
    }
}
