/// `loop` inside `{% for %}`: where the loop is.
///
/// One per loop, moved on at each iteration instead of allocated for each:
/// a template that keeps `loop` itself in a variable sees it move on too.
final class LoopInfo: TemplateObject, @unchecked Sendable {
    // Changed only by the renderer that made it, between iterations.
    var index0: Int
    let length: Int

    init(index0: Int, length: Int) {
        self.index0 = index0
        self.length = length
    }

    var typeName: String { "loop" }
    var fieldNames: [String] { ["index", "index0", "first", "last", "length", "revindex", "revindex0"] }

    func field(_ name: String) -> Value? {
        switch name {
        case "index": .integer(index0 + 1)
        case "index0": .integer(index0)
        case "first": .bool(index0 == 0)
        case "last": .bool(index0 == length - 1)
        case "length": .integer(length)
        case "revindex": .integer(length - index0)
        case "revindex0": .integer(length - index0 - 1)
        default: nil
        }
    }
}
