import Foundation
import Testing

@testable import Templates

// Calling filters the way the engine will, plus test doubles for typed models.

let bangkok = RenderEnvironment(timeZone: TimeZone(identifier: "Asia/Bangkok")!)
let utc = RenderEnvironment(timeZone: TimeZone(identifier: "UTC")!)

/// 2012-09-20T10:00:00+07:00, 03:00 in UTC.
let announcement = Date(timeIntervalSince1970: 1_348_110_000)
/// 2012-09-20T20:30:05Z: already the 21st in Bangkok.
let lateEvening = Date(timeIntervalSince1970: 1_348_173_005)

/// Runs the standard filter `name`.
func apply(_ name: String, _ input: Value, _ arguments: Value..., environment: RenderEnvironment = bangkok) throws(FilterError) -> Value {
    guard let filter = FilterRegistry.standard[name] else {
        throw FilterError("test asked for unknown filter \(name)")
    }
    return try filter.body(input, arguments, environment)
}

/// The error `name` fails with, or nil when it succeeds.
func failure(_ name: String, _ input: Value, _ arguments: [Value] = [], environment: RenderEnvironment = bangkok) -> FilterError? {
    do {
        _ = try FilterRegistry.standard[name]!.body(input, arguments, environment)
        return nil
    } catch {
        return error
    }
}

func texts(_ items: String...) -> Value { .list(items.map(Value.text)) }
func integers(_ items: Int...) -> Value { .list(items.map(Value.integer)) }
func decimal(_ text: String) -> Value { .decimal(Decimal(string: text)!) }

/// A bureau, as the site layer would expose it.
struct BureauDouble: TemplateObject {
    var code: String
    var name: String
    var typeName: String { "bureau" }
    var fieldNames: [String] { ["code", "name"] }
    func field(_ name: String) -> Value? {
        switch name {
        case "code": .text(code)
        case "name": .text(self.name)
        default: nil
        }
    }
}

/// A news release; `bureau` is optional, as it is for national news.
struct ReleaseDouble: TemplateObject {
    var title: String
    var date: Date
    var bureau: BureauDouble?
    var views: Int = 0
    var typeName: String { "release" }
    var fieldNames: [String] { ["title", "date", "bureau", "views"] }
    func field(_ name: String) -> Value? {
        switch name {
        case "title": .text(title)
        case "date": .date(date)
        case "bureau": bureau.map { .object($0) } ?? Value.none
        case "views": .integer(views)
        default: nil
        }
    }
}

extension Value {
    /// The titles of a list of releases or maps with "title", to compare order.
    var titles: [String] {
        (listValue ?? []).map { item in
            switch item {
            case .object(let object): object.field("title")?.textValue ?? "?"
            case .map(let map): map["title"]?.textValue ?? "?"
            default: "?"
            }
        }
    }
}
