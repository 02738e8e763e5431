import Content
import Templates

extension FieldValue {
    /// A front matter field the tool does not know, as `page.extra.NAME` gives it.
    var templateValue: Value {
        switch self {
        case .text(let text): .text(text)
        case .list(let items): .list(items.map(\.templateValue))
        case .map(let fields): .map(OrderedMap(fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value.templateValue) }))
        }
    }
}
