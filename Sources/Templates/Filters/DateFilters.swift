import Foundation

/// Gregorian dates for machines (`<time datetime>`, feeds, JSON-LD), in the
/// zone the site gives, never the machine's, and without DateFormatter so
/// no locale can turn 2012 into 2555.
enum DateFormatting {
    /// `2012-09-20T10:00:00+07:00`: ISO 8601 with the zone's offset at that
    /// instant, written out even when it is zero (`+00:00`, never `Z`).
    static func iso(_ date: Date, timeZone: TimeZone) -> String {
        let parts = Parts(date, timeZone: timeZone)
        return "\(parts.year)-\(pad(parts.month))-\(pad(parts.day))T\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second))\(parts.offset)"
    }

    /// `date` with strftime-style tokens: `%Y` year (four digits or more),
    /// `%m` month, `%d` day, `%H` hour (00–23), `%M` minute, `%S` second, all
    /// two digits; `%z` offset as `+07:00`; `%%` a percent sign. Any other
    /// character is copied; any other token is an error.
    static func format(_ date: Date, pattern: String, timeZone: TimeZone) throws(FilterError) -> String {
        let parts = Parts(date, timeZone: timeZone)
        var result = ""
        var scalars = pattern.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "%" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            guard let token = scalars.next() else {
                throw FilterError(
                    "\"date\" pattern \"\(pattern)\" ends with a lone %",
                    hint: "write %% for a percent sign"
                )
            }
            switch token {
            case "Y": result += parts.year
            case "m": result += pad(parts.month)
            case "d": result += pad(parts.day)
            case "H": result += pad(parts.hour)
            case "M": result += pad(parts.minute)
            case "S": result += pad(parts.second)
            case "z": result += parts.offset
            case "%": result += "%"
            default:
                throw FilterError(
                    "\"date\" does not know %\(token) in pattern \"\(pattern)\"",
                    hint: "the tokens are %Y %m %d %H %M %S %z and %%; Thai dates come from \"thai_date\""
                )
            }
        }
        return result
    }

    /// The fields of an instant as a clock in `timeZone` shows it.
    private struct Parts {
        var year: String
        var month, day, hour, minute, second: Int
        var offset: String

        init(_ date: Date, timeZone: TimeZone) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let components = calendar.dateComponents([.era, .year, .month, .day, .hour, .minute, .second], from: date)
            // Years before 1 CE as ISO 8601 writes them: 1 BCE is 0000, 2 BCE is -0001.
            var year = components.year ?? 0
            if components.era == 0 { year = 1 - year }
            self.year = year < 0 ? "-" + DateFormatting.pad(-year, width: 4) : DateFormatting.pad(year, width: 4)
            month = components.month ?? 0
            day = components.day ?? 0
            hour = components.hour ?? 0
            minute = components.minute ?? 0
            second = components.second ?? 0
            offset = DateFormatting.offset(seconds: timeZone.secondsFromGMT(for: date))
        }
    }

    /// `+07:00`. Offsets with seconds (local mean time before zones were
    /// standard, Bangkok +06:42:04 until 1920) keep them, `+06:42:04`, so the
    /// clock fields still name the right instant.
    static func offset(seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        var text = "\(sign)\(pad(magnitude / 3600)):\(pad(magnitude % 3600 / 60))"
        if magnitude % 60 != 0 { text += ":\(pad(magnitude % 60))" }
        return text
    }

    static func pad(_ number: Int, width: Int = 2) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
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
        return .text(try DateFormatting.format(date, pattern: pattern, timeZone: environment.timeZone))
    }

    static let iso = Filter(
        "iso", arguments: 0...0,
        summary: "ISO 8601 with the site zone's offset, for <time datetime> and feeds: `{{ page.date | iso }}` gives `2012-09-20T10:00:00+07:00`."
    ) { input, _, environment throws(FilterError) in
        guard case .date(let date) = input else {
            throw .needs("iso", "a date", got: input, hint: hint(for: input))
        }
        return .text(DateFormatting.iso(date, timeZone: environment.timeZone))
    }

    private static func hint(for input: Value) -> String? {
        switch input {
        case .none: "the date is not set; test it with {% if %} first"
        case .text, .safe: "dates are read when the content loads; text is not turned into a date here"
        default: nil
        }
    }
}
