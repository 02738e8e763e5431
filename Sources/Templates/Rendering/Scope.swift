/// The variables in scope while a page renders, innermost last, by symbol.
///
/// Kept apart from ``Renderer`` so that reading a variable touches only
/// these arrays: a non-mutating call on the whole renderer, passed `inout`
/// through every node, copied all of it first.
struct Scope {
    /// The symbol of each variable in `values`.
    private(set) var symbols = [Int]()
    var values = [Value]()
    /// Where each scope starts in `symbols` and `values`.
    private var frames = [Int]()

    init() {
        // Room for a page's context and a few nested loops, so a typical
        // page never grows these arrays (each growth is an allocation and a copy).
        symbols.reserveCapacity(16)
        values.reserveCapacity(16)
        frames.reserveCapacity(8)
    }

    /// The innermost variable called `symbol`, nil when none is.
    func lookup(_ symbol: Int) -> Value? {
        position(of: symbol).map { values[$0] }
    }

    /// The field `name` of the innermost variable `symbol`, nil when there
    /// is no such variable or field: `page.title` in one call, without
    /// evaluating the name as an expression of its own first.
    ///
    /// The variable is moved out while its field is read, and back: read
    /// in place, Swift copied it anyway, retaining and releasing the object
    /// or map on every `{{ page.title }}`. Only the object's `field` runs in
    /// between, and it cannot see the scope.
    mutating func field(_ name: String, ofVariable symbol: Int) -> Value? {
        guard let index = position(of: symbol) else { return nil }
        var variable = Value.none
        swap(&variable, &values[index])
        defer { swap(&variable, &values[index]) }
        return variable.field(name)
    }

    private func position(of symbol: Int) -> Int? {
        var index = symbols.count - 1
        while index >= 0 {
            if symbols[index] == symbol {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Sets `symbol` in the innermost scope, adding it there if needed.
    mutating func assign(_ symbol: Int, _ value: Value) {
        let start = frames.last ?? 0
        if let index = symbols[start...].lastIndex(of: symbol) {
            values[index] = value
        } else {
            symbols.append(symbol)
            values.append(value)
        }
    }

    /// Adds `symbol` to the innermost scope without looking for it first.
    mutating func append(_ symbol: Int, _ value: Value) {
        symbols.append(symbol)
        values.append(value)
    }

    /// Drops the variables added after the first `count`.
    mutating func truncate(to count: Int) {
        if symbols.count > count {
            symbols.removeSubrange(count...)
            values.removeSubrange(count...)
        }
    }

    mutating func pushFrame() {
        frames.append(symbols.count)
    }

    mutating func popFrame() {
        truncate(to: frames.removeLast())
    }
}
