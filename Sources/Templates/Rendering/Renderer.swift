import Diagnostics
import Foundation

/// Renders one page: walks the nodes of its template (and the templates it
/// extends and includes), evaluating expressions against the variables in
/// scope, appending to one buffer.
struct Renderer {
    let set: TemplateSet
    let environment: RenderEnvironment
    private(set) var output = PageBuffer()

    /// Variables in scope.
    var scope = Scope()
    /// Names the context gives that no template uses, numbered after the set's.
    private var contextOnlyNames = [String]()

    /// One level of rendering a template by name: the page, or an include.
    private struct Level {
        var template: Int
        var includedAt: Location?
    }
    private var levels = [Level]()
    /// The blocks being rendered, and which definition of each, for `super()`.
    private var activeBlocks = [(name: String, definition: Int)]()
    /// How many lenient evaluations (``evaluateLeniently(_:)``) are under way.
    private var lenientDepth = 0

    init(set: TemplateSet, environment: RenderEnvironment) {
        self.set = set
        self.environment = environment
    }

    mutating func renderPage(_ id: Int, context: [String: Value]) throws(TemplateError) {
        for name in context.keys.sorted() {
            let symbol = set.symbols.number(of: name) ?? {
                contextOnlyNames.append(name)
                return set.symbols.names.count + contextOnlyNames.count - 1
            }()
            scope.append(symbol, context[name] ?? .none)
        }
        scope.pushFrame()
        try renderTemplate(id, includedAt: nil)
    }

    // MARK: Templates and blocks

    private mutating func renderTemplate(_ id: Int, includedAt: Location?) throws(TemplateError) {
        guard levels.count < environment.maximumDepth else {
            throw fail("templates are included more than \(environment.maximumDepth) deep", at: includedAt ?? Location(template: id, line: 1, column: 1))
        }
        levels.append(Level(template: id, includedAt: includedAt))
        defer { levels.removeLast() }
        let plan = set.plans[id]
        for (symbol, value) in plan.setup {
            let result = try evaluate(value)
            scope.assign(symbol, result)
        }
        try render(set.templates[plan.layout].nodes)
    }

    mutating func renderBlock(_ name: String, definition: Int, at location: Location) throws(TemplateError) {
        guard let level = levels.last, let definitions = set.plans[level.template].blocks[name], definitions.indices.contains(definition) else {
            throw fail("the block \"\(name)\" has no parent definition for super() to print", at: location,
                       hint: "remove super(), or define the block in the template this one extends")
        }
        guard activeBlocks.count < environment.maximumDepth else {
            throw fail("blocks are nested more than \(environment.maximumDepth) deep", at: location)
        }
        activeBlocks.append((name, definition))
        defer { activeBlocks.removeLast() }
        try render(definitions[definition])
    }

    // MARK: Nodes

    mutating func render(_ nodes: [Node]) throws(TemplateError) {
        for index in nodes.indices {
            try nodes.withUnretained(at: index) { node throws(TemplateError) in try node.render(&self) }
            if output.count > environment.maximumOutputSize {
                throw fail("the page is larger than \(environment.maximumOutputSize) bytes", at: Location(template: levels.last?.template ?? 0, line: 1, column: 1),
                           hint: "a loop probably repeats more than it should")
            }
        }
    }

    mutating func renderInclude(_ name: String, at location: Location) throws(TemplateError) {
        guard let id = set.ids[name] else {
            throw fail("there is no template called \"\(name)\"", at: location)
        }
        scope.pushFrame()
        defer { scope.popFrame() }
        try renderTemplate(id, includedAt: location)
    }

    mutating func renderLoop(_ loop: LoopNode) throws(TemplateError) {
        let sequence = try loop.sequence.evaluate(&self)
        switch sequence {
        case .list(let items):
            if loop.names.count == 2 {
                throw fail("two names need a map to loop over, and \"\(loop.sequence.display)\" is a list", at: loop.location,
                           hint: "write {% for item in \(loop.sequence.display) %}")
            }
            try iterate(loop, count: items.count) { values, base, index in values[base] = items[index] }
        case .map(let map):
            let pairs = map.pairs
            try iterate(loop, count: pairs.count) { values, base, index in
                values[base] = .text(pairs[index].key)
                if loop.names.count == 2 { values[base + 1] = pairs[index].value }
            }
        case .none:
            try render(loop.otherwise)
        default:
            throw fail("cannot loop over \"\(loop.sequence.display)\", which is \(sequence.kindName)", at: loop.sequence.location ?? loop.location,
                       hint: "{% for %} goes over a list or a map")
        }
    }

    /// Runs the body `count` times with the loop's names set by `bind`, or
    /// the `else` part when there is nothing to go over.
    private mutating func iterate(_ loop: LoopNode, count: Int, bind: (inout [Value], Int, Int) -> Void) throws(TemplateError) {
        guard count > 0 else {
            try render(loop.otherwise)
            return
        }
        scope.pushFrame()
        defer { scope.popFrame() }
        let base = scope.symbols.count
        for symbol in loop.symbols {
            scope.append(symbol, .none)
        }
        let info = LoopInfo(index0: 0, length: count)
        scope.append(SymbolTable.loop, .object(info))
        let frameEnd = scope.symbols.count
        for index in 0..<count {
            // Sets inside the body last one iteration.
            scope.truncate(to: frameEnd)
            bind(&scope.values, base, index)
            info.index0 = index
            try render(loop.body)
        }
    }

    // MARK: Printing

    mutating func print(_ value: Value, _ expression: any Expression) throws(TemplateError) {
        switch value {
        case .text(let text):
            HTMLEscaping.append(text, to: &output)
        case .safe, .integer, .decimal, .bool, .none:
            output.append(value.printedText ?? "")
        case .date:
            throw fail("\"\(expression.display)\" is a date; say how to show it", at: expression.location ?? currentLocation,
                       hint: "use a filter such as iso or date(\"%Y-%m-%d\")")
        case .list, .map, .object:
            throw fail("\"\(expression.display)\" is \(value.kindName), which cannot be printed as it is", at: expression.location ?? currentLocation,
                       hint: "print one of its fields, or go over it with {% for %} or join")
        }
    }

    // MARK: Expressions

    mutating func evaluate(_ expression: any Expression) throws(TemplateError) -> Value {
        try expression.evaluate(&self)
    }

    /// `super()`: the next definition of the block being rendered, as HTML.
    mutating func renderParentBlock(at location: Location?) throws(TemplateError) -> Value {
        guard let active = activeBlocks.last, let location else {
            throw fail("super() is only meaningful inside a block", at: location)
        }
        // Rendered into a buffer of its own and handed back as a value.
        let outer = output
        output = PageBuffer(capacity: 1 << 10)
        defer { output = outer }
        try renderBlock(active.name, definition: active.definition + 1, at: location)
        return .safe(String(decoding: output.bytes, as: UTF8.self))
    }

    /// The names of the variables in scope, for suggestions.
    var namesInScope: Set<String> {
        Set(scope.symbols.map { $0 < set.symbols.names.count ? set.symbols.names[$0] : contextOnlyNames[$0 - set.symbols.names.count] })
    }

    /// The value, or nil when a name or field on the way is not there.
    mutating func evaluateLeniently(_ expression: any Expression) throws(TemplateError) -> Value? {
        lenientDepth += 1
        defer { lenientDepth -= 1 }
        do {
            return try expression.evaluate(&self)
        } catch where error.isUndefined {
            return nil
        }
    }

    func member(_ base: Value, _ name: String, of expression: any Expression, at location: Location?) throws(TemplateError) -> Value {
        if let value = base.field(name) { return value }
        throw missingField(base, name, of: expression, at: location)
    }

    /// Why `base` has no field `name`: the error for `member` to throw.
    func missingField(_ base: Value, _ name: String, of expression: any Expression, at location: Location?) -> TemplateError {
        switch base {
        case .object(let object):
            undefined("\"\(expression.display)\" has no field \"\(name)\"", at: location,
                      hint: Suggestion.hint(for: name, among: object.fieldNames))
        case .map(let map):
            undefined("\"\(expression.display)\" has no field \"\(name)\"", at: location,
                      hint: Suggestion.hint(for: name, among: map.keys))
        case .none:
            undefined("\"\(expression.display)\" is none, so it has no field \"\(name)\"", at: location,
                      hint: "check it first: {% if \(expression.display) %}")
        default:
            undefined("\"\(expression.display)\" is \(base.kindName), which has no fields", at: location,
                      hint: base.listValue != nil ? "use a filter such as length or first, or a {% for %} loop" : nil)
        }
    }

    func subscripted(_ base: Value, _ index: Value, of expression: any Expression, at location: Location?) throws(TemplateError) -> Value {
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

    /// The error for a name, field or item that is not there. Under a
    /// lenient evaluation it is an answer, not an error (`year is defined`
    /// on every list page), so its message and hint, which look for
    /// suggestions, are not worked out.
    func undefined(_ message: @autoclosure () -> String, at location: Location?, hint: @autoclosure () -> String? = nil) -> TemplateError {
        guard lenientDepth == 0 else {
            return TemplateError(path: "", line: 0, column: 0, length: 0, message: "", hint: nil, sourceLine: nil, notes: [], isUndefined: true)
        }
        var error = fail(message(), at: location, hint: hint())
        error.isUndefined = true
        return error
    }

    /// An error at `location`, with the chain of includes and extends that led there.
    func fail(_ message: String, at place: Location?, hint: String? = nil) -> TemplateError {
        let location = place ?? currentLocation
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
