import Foundation

/// Gregorian dates for machines (`<time datetime>`, feeds, JSON-LD), in the
/// zone the site gives, never the machine's, and without DateFormatter so
/// no locale can turn 2012 into 2555.
enum DateFormatting {
    /// `2012-09-20T10:00:00+07:00`: ISO 8601 with the zone's offset at that
    /// instant, written out even when it is zero (`+00:00`, never `Z`).
    static func iso(_ date: Date, zone: ZoneOffsets) -> String {
        let parts = Parts(date, zone: zone)
        return String(unsafeUninitializedCapacity: 40) { buffer in
            var writer = ASCIIWriter(buffer)
            parts.writeYear(to: &writer)
            writer.put(UInt8(ascii: "-"))
            writer.putTwoDigits(parts.month)
            writer.put(UInt8(ascii: "-"))
            writer.putTwoDigits(parts.day)
            writer.put(UInt8(ascii: "T"))
            writer.putTwoDigits(parts.hour)
            writer.put(UInt8(ascii: ":"))
            writer.putTwoDigits(parts.minute)
            writer.put(UInt8(ascii: ":"))
            writer.putTwoDigits(parts.second)
            writer.putOffset(parts.offsetSeconds)
            return writer.count
        }
    }

    /// `date` with strftime-style tokens: `%Y` year (four digits or more),
    /// `%m` month, `%d` day, `%H` hour (00–23), `%M` minute, `%S` second, all
    /// two digits; `%z` offset as `+07:00`; `%%` a percent sign. Any other
    /// character is copied; any other token is an error.
    static func format(_ date: Date, pattern: String, zone: ZoneOffsets) throws(FilterError) -> String {
        let parts = Parts(date, zone: zone)
        var unknown: UInt8?
        var lonePercent = false
        // Every token writes at most 20 bytes (a year of Int.max digits),
        // every other byte one.
        let result = String(unsafeUninitializedCapacity: pattern.utf8.count * 20 + 1) { buffer in
            var writer = ASCIIWriter(buffer)
            var iterator = pattern.utf8.makeIterator()
            while let byte = iterator.next() {
                guard byte == UInt8(ascii: "%") else {
                    writer.put(byte)
                    continue
                }
                guard let token = iterator.next() else {
                    lonePercent = true
                    break
                }
                switch token {
                case UInt8(ascii: "Y"): parts.writeYear(to: &writer)
                case UInt8(ascii: "m"): writer.putTwoDigits(parts.month)
                case UInt8(ascii: "d"): writer.putTwoDigits(parts.day)
                case UInt8(ascii: "H"): writer.putTwoDigits(parts.hour)
                case UInt8(ascii: "M"): writer.putTwoDigits(parts.minute)
                case UInt8(ascii: "S"): writer.putTwoDigits(parts.second)
                case UInt8(ascii: "z"): writer.putOffset(parts.offsetSeconds)
                case UInt8(ascii: "%"): writer.put(token)
                default:
                    unknown = token
                }
                if unknown != nil { break }
            }
            return writer.count
        }
        if lonePercent {
            throw FilterError("\"date\" pattern \"\(pattern)\" ends with a lone %", hint: "write %% for a percent sign")
        }
        if let unknown {
            let shown = String(decoding: [unknown], as: UTF8.self)
            throw FilterError(
                "\"date\" does not know %\(shown) in pattern \"\(pattern)\"",
                hint: "the tokens are %Y %m %d %H %M %S %z and %%; Thai dates come from \"thai_date\""
            )
        }
        return result
    }

    /// The fields of an instant as a clock in the zone shows it.
    private struct Parts {
        var year, month, day, hour, minute, second: Int
        var offsetSeconds: Int

        init(_ date: Date, zone: ZoneOffsets) {
            // Plain arithmetic on the proleptic Gregorian calendar (as ISO
            // 8601 counts): a Calendar call per date was most of the cost of
            // rendering a page with 40 dates.
            offsetSeconds = zone.seconds(at: date)
            let local = Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds
            let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
            let secondOfDay = local - days * 86_400
            let civil = CivilDay(daysSince1970: days)
            year = civil.year
            month = civil.month
            day = civil.day
            hour = secondOfDay / 3_600
            minute = secondOfDay % 3_600 / 60
            second = secondOfDay % 60
        }

        /// Four digits or more; years before 1 CE as ISO 8601 writes them (0000 is 1 BCE, -0001 is 2 BCE).
        func writeYear(to writer: inout ASCIIWriter) {
            if year < 0 { writer.put(UInt8(ascii: "-")) }
            writer.putDigits(abs(year), width: 4)
        }
    }

    /// `+07:00`. Offsets with seconds (local mean time before zones were
    /// standard, Bangkok +06:42:04 until 1920) keep them, `+06:42:04`, so the
    /// clock fields still name the right instant.
    static func offset(seconds: Int) -> String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            var writer = ASCIIWriter(buffer)
            writer.putOffset(seconds)
            return writer.count
        }
    }

    /// A day of the proleptic Gregorian calendar, from days since 1970-01-01
    /// (Howard Hinnant's `civil_from_days`). Year 0 is 1 BCE, as in ISO 8601.
    struct CivilDay: Equatable {
        var year: Int
        var month: Int
        var day: Int

        init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        init(daysSince1970 days: Int) {
            let shifted = days + 719_468
            let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
            let dayOfEra = shifted - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let monthFromMarch = (5 * dayOfYear + 2) / 153
            day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
            month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
            year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        }
    }
}

/// The date filters: date(pattern), iso.
enum DateFilters {
    static let all: [Filter] = [date, iso]

    static let date = Filter(
        "date", arguments: 1...1, kinds: [.text],
        summary: "A Gregorian date for machines in the site's zone, with %Y %m %d %H %M %S %z %%: `{{ page.date | date(\"%Y-%m-%d\") }}` gives `2012-09-20`."
    ) { input, arguments, environment throws(FilterError) in
        guard case .date(let date) = input else {
            throw .needs("date", "a date", got: input, hint: hint(for: input))
        }
        let pattern = try FilterInput.text(arguments, 0, of: "date", naming: "pattern")
        return .text(try environment.dates.text(for: date, form: .pattern(pattern)) { () throws(FilterError) in
            try DateFormatting.format(date, pattern: pattern, zone: environment.offsets)
        })
    }

    static let iso = Filter(
        "iso", arguments: 0...0,
        summary: "ISO 8601 with the site zone's offset, for <time datetime> and feeds: `{{ page.date | iso }}` gives `2012-09-20T10:00:00+07:00`."
    ) { input, _, environment throws(FilterError) in
        guard case .date(let date) = input else {
            throw .needs("iso", "a date", got: input, hint: hint(for: input))
        }
        return .text(try environment.dates.text(for: date, form: .iso) { () throws(FilterError) in
            DateFormatting.iso(date, zone: environment.offsets)
        })
    }

    private static func hint(for input: Value) -> String? {
        switch input {
        case .none: "the date is not set; test it with {% if %} first"
        case .text, .safe: "dates are read when the content loads; text is not turned into a date here"
        default: nil
        }
    }
}
