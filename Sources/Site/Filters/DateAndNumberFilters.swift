import Foundation
import Templates
import Thai

/// `thai_date`, `english_date`, `thai_digits`, `digits`, `fiscal_year`, `number`, `baht`, `baht_text`.
enum DateAndNumberFilters {
    static func all(_ context: SiteFilters.Context) -> [Filter] {
        let zone = context.configuration.timeZone
        let digits = context.configuration.digits
        let thai = ThaiDateFormatter(timeZone: zone, digits: digits)
        let english = EnglishDateFormatter(timeZone: zone)
        let money = MoneyFormatter(digits: digits)
        let thaiDates = FilterCache<DateKey>()
        let englishDates = FilterCache<DateKey>()
        return [
            Filter("thai_date", arguments: 0...1, kinds: [.text],
                   summary: "A date in Thai, Buddhist era, in the site's zone and digits; style full, long (default), medium or short: `{{ page.date | thai_date(\"full\") }}` gives `วันพฤหัสบดีที่ 20 กันยายน พ.ศ. 2555`.") { input, arguments, _ throws(FilterError) in
                guard case .date(let date) = input else { return try noneOr(input, "thai_date", "a date") }
                let style = try style(arguments, "thai_date")
                return .text(thaiDates.value(for: DateKey(date, style)) { thai.string(from: date, style: style) })
            },
            Filter("english_date", arguments: 0...1, kinds: [.text],
                   summary: "A date in English for `lang: en` pages, same styles: `{{ page.date | english_date }}` gives `20 September 2012`.") { input, arguments, _ throws(FilterError) in
                guard case .date(let date) = input else { return try noneOr(input, "english_date", "a date") }
                let style = try style(arguments, "english_date")
                return .text(englishDates.value(for: DateKey(date, style)) { english.string(from: date, style: style) })
            },
            Filter("thai_time", arguments: 0...0,
                   summary: "The time of day as Thai official papers write it: `{{ page.date | thai_time }}` gives `10.00 น.`.") { input, _, _ throws(FilterError) in
                guard case .date(let date) = input else { return try noneOr(input, "thai_time", "a date") }
                return .text(thai.time(from: date))
            },
            Filter("thai_digits", arguments: 0...0,
                   summary: "Writes every digit in Thai: `{{ 2555 | thai_digits }}` gives `๒๕๕๕`.") { input, _, _ throws(FilterError) in
                switch input {
                case .none: return .none
                case .safe(let html): return .safe(ThaiDigits.toThai(html))
                default:
                    guard let text = input.filterText else { throw .needs("thai_digits", "text or a number", got: input) }
                    return .text(ThaiDigits.toThai(text))
                }
            },
            Filter("digits", arguments: 0...0,
                   summary: "Writes every digit in the site's digits, without separators (years, section numbers): `{{ plan.year | digits }}` gives `2556`, or `๒๕๕๖` with `digits: thai`.") { input, _, _ throws(FilterError) in
                if case .none = input { return .none }
                guard let text = input.filterText else { throw .needs("digits", "text or a number", got: input) }
                return .text(digits == .thai ? ThaiDigits.toThai(text) : text)
            },
            Filter("fiscal_year", arguments: 0...0,
                   summary: "The Thai fiscal year (1 October–30 September, Buddhist era) a date falls in: `{{ page.date | fiscal_year }}` gives `2556` for 1 October 2012.") { input, _, _ throws(FilterError) in
                guard case .date(let date) = input else { return try noneOr(input, "fiscal_year", "a date") }
                return .integer(FiscalYear(containing: date, timeZone: zone).year)
            },
            Filter("number", arguments: 0...1,
                   summary: "A number with thousands separators in the site's digits: `{{ 12500000 | number }}` gives `12,500,000`; `number(1)` rounds to one decimal place and keeps it: `{{ 17 | number(1) }}` gives `17.0`.") { input, arguments, _ throws(FilterError) in
                guard let amount = try decimal(input, "number") else { return .none }
                guard let places = arguments.first else { return .text(money.number(amount)) }
                guard case .integer(let count) = places, (0...6).contains(count) else {
                    throw FilterError("\"number\" takes a number of decimal places from 0 to 6", hint: "write {{ row.share | number(1) }}")
                }
                return .text(money.number(amount, fractionDigits: count))
            },
            amount("baht", "An amount of money as Thai papers write it: `{{ 12500000 | baht }}` gives `12,500,000 บาท`; satang shown when there are any.") {
                money.baht($0)
            },
            amount("baht_text", "An amount in words, as on cheques and contracts: `{{ 1250 | baht_text }}` gives `หนึ่งพันสองร้อยห้าสิบบาทถ้วน`.") {
                BahtText.words(for: $0)
            },
        ]
    }

    /// A date written in a style: the key of the date caches.
    struct DateKey: Hashable, Sendable {
        let seconds: Double
        let style: ThaiDateStyle

        init(_ date: Date, _ style: ThaiDateStyle) {
            seconds = date.timeIntervalSinceReferenceDate
            self.style = style
        }
    }

    /// None passes through every filter here (an optional field prints as
    /// nothing); anything else of the wrong kind is an error.
    private static func noneOr(_ input: Value, _ filter: String, _ what: String) throws(FilterError) -> Value {
        guard case .none = input else { throw .needs(filter, what, got: input) }
        return .none
    }

    private static func style(_ arguments: [Value], _ filter: String) throws(FilterError) -> ThaiDateStyle {
        guard !arguments.isEmpty else { return .long }
        let name = try FilterInput.text(arguments, 0, of: filter, naming: "style")
        guard let style = ThaiDateStyle(rawValue: name) else {
            throw FilterError("\"\(filter)\" has no style \"\(name)\"",
                              hint: "the styles are \(ThaiDateStyle.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return style
    }

    /// A filter writing a number (an integer or a decimal) as text; none stays none.
    private static func amount(_ name: String, _ summary: String, _ write: @escaping @Sendable (Decimal) -> String) -> Filter {
        Filter(name, arguments: 0...0, summary: summary) { input, _, _ throws(FilterError) in
            guard let amount = try decimal(input, name) else { return .none }
            return .text(write(amount))
        }
    }

    private static func decimal(_ input: Value, _ filter: String) throws(FilterError) -> Decimal? {
        switch input {
        case .none: return nil
        case .integer(let value): return Decimal(value)
        case .decimal(let value): return value
        default: throw .needs(filter, "a number", got: input)
        }
    }
}
