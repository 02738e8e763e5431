import Foundation

/// JSON for `<script>` blocks (JSON-LD, data for scripts): maps keep their
/// order, dates are ISO 8601 in the site's zone, decimals are exact digits.
///
/// Strings escape `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`, so
/// `</script>` and `<!--` cannot end or change the block, and U+2028/U+2029
/// as `\u2028`/`\u2029` for old JavaScript parsers. Thai and other text is
/// written as UTF-8, not escaped.
enum JSONEncoding {
    static func encode(_ value: Value, zone: ZoneOffsets) throws(FilterError) -> String {
        var buffer: [UInt8] = []
        try write(value, to: &buffer, zone: zone)
        return String(decoding: buffer, as: UTF8.self)
    }

    private static func write(_ value: Value, to buffer: inout [UInt8], zone: ZoneOffsets) throws(FilterError) {
        switch value {
        case .none: buffer.append(contentsOf: "null".utf8)
        case .bool(let flag): buffer.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let number): buffer.append(contentsOf: String(number).utf8)
        case .decimal(let number):
            guard !number.isNaN else { throw FilterError("\"json\" cannot write a decimal that is not a number") }
            // Decimal's description is plain digits with a point: never an
            // exponent, never a locale's separators.
            buffer.append(contentsOf: number.description.utf8)
        case .text(let text), .safe(let text): writeString(text, to: &buffer)
        case .date(let date): writeString(DateFormatting.iso(date, zone: zone), to: &buffer)
        case .list(let items):
            buffer.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                try write(item, to: &buffer, zone: zone)
            }
            buffer.append(UInt8(ascii: "]"))
        case .map(let map):
            buffer.append(UInt8(ascii: "{"))
            for (index, pair) in map.pairs.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                writeString(pair.key, to: &buffer)
                buffer.append(UInt8(ascii: ":"))
                try write(pair.value, to: &buffer, zone: zone)
            }
            buffer.append(UInt8(ascii: "}"))
        case .object(let object):
            throw FilterError(
                "\"json\" cannot turn \(value.kindName) into JSON",
                hint: "pick the fields to publish, e.g. {{ \(object.typeName).\(object.fieldNames.first ?? "title") | json }}"
            )
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    static func writeString(_ text: String, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                var escape: StaticString?
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "<"): escape = "\\u003c"
                case UInt8(ascii: ">"): escape = "\\u003e"
                case UInt8(ascii: "&"): escape = "\\u0026"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8:
                    escape = "\\u2028"
                    width = 3
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9:
                    escape = "\\u2029"
                    width = 3
                default: break
                }
                let isControl = byte < 0x20 && escape == nil
                if escape != nil || isControl {
                    if runStart < index {
                        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    }
                    if let escape {
                        buffer.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                    } else {
                        buffer.append(contentsOf: "\\u00".utf8)
                        buffer.append(hexDigits[Int(byte >> 4)])
                        buffer.append(hexDigits[Int(byte & 0x0F)])
                    }
                    index += width
                    runStart = index
                } else {
                    index += 1
                }
            }
            if runStart < count {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}

enum JSONFilters {
    static let all: [Filter] = [json]

    static let json = Filter(
        "json", arguments: 0...0,
        summary: "JSON of a value, safe inside <script> (< > & are escaped): `<script type=\"application/ld+json\">{{ ld | json }}</script>`."
    ) { input, _, environment throws(FilterError) in
        .safe(try JSONEncoding.encode(input, zone: environment.offsets))
    }
}
