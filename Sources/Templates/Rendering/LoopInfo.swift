/// `loop` inside `{% for %}`: where the loop is.
final class LoopInfo: TemplateObject {
    let index0: Int
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
