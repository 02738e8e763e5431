/// Variable names as numbers: every name a set's templates use gets one
/// when they load, so looking a variable up while rendering compares
/// integers instead of strings.
struct SymbolTable: Sendable {
    /// The name of each number; `loop` is always 0.
    private(set) var names = ["loop"]
    private var numbers = ["loop": 0]

    static let loop = 0

    /// The number of `name`, given it one if it has none yet.
    mutating func intern(_ name: String) -> Int {
        if let number = numbers[name] {
            return number
        }
        names.append(name)
        numbers[name] = names.count - 1
        return names.count - 1
    }

    /// The number of `name`, nil when no template uses it.
    func number(of name: String) -> Int? {
        numbers[name]
    }
}
