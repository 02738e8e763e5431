/// The time of day and UTC offset that may follow a date.
enum TimeSyntax {
    /// `10:00`, `10:00:30`, `10:00:30.250` into `parsed`. With `thaiStyle`, `10.00`
    /// is accepted too (as in `เวลา 10.00 น.`), and fractions are not.
    static func parseTime(
        _ scanner: inout DateScanner, into parsed: inout ParsedDate, thaiStyle: Bool = false
    ) throws(DateParseError) {
        let hourStart = scanner.position
        guard let hour = scanner.digits(), hour.count <= 2 else {
            scanner.position = hourStart
            throw scanner.unexpected("a time such as 10:00")
        }
        guard scanner.consume(":") || (thaiStyle && scanner.consume(".")) else {
            throw scanner.unexpected("“:” between hours and minutes")
        }
        let minuteStart = scanner.position
        guard let minute = scanner.digits(), minute.count == 2 else {
            scanner.position = minuteStart
            throw scanner.unexpected("two digits of minutes")
        }
        var second = 0
        var secondStart = scanner.position
        if scanner.consume(":") {
            secondStart = scanner.position
            guard let seconds = scanner.digits(), seconds.count == 2 else {
                scanner.position = secondStart
                throw scanner.unexpected("two digits of seconds")
            }
            second = seconds.value
            if !thaiStyle, scanner.consume(".") || scanner.consume(",") {
                parsed.fraction = try fraction(&scanner)
            }
        }
        guard hour.value <= 23 else {
            throw DateParseError(.invalidTime, "The hour \(hour.value) is past 23.",
                                 hint: "write midnight as 00:00 of the next day", offset: hourStart)
        }
        guard minute.value <= 59 else {
            throw DateParseError(.invalidTime, "The minute \(minute.value) is past 59.",
                                 hint: "check the time", offset: minuteStart)
        }
        guard second <= 59 else {
            throw DateParseError(.invalidTime, "The second \(second) is past 59.",
                                 hint: "check the time", offset: secondStart)
        }
        parsed.hour = hour.value
        parsed.minute = minute.value
        parsed.second = second
    }

    /// The digits after the decimal mark, as a fraction of a second.
    private static func fraction(_ scanner: inout DateScanner) throws(DateParseError) -> Double {
        var value = 0.0
        var scale = 1.0
        var count = 0
        while let scalar = scanner.current, let digit = ThaiDigits.value(of: scalar) {
            scale /= 10
            value += Double(digit) * scale
            count += 1
            scanner.position += 1
        }
        guard count > 0 else { throw scanner.unexpected("digits after the decimal mark") }
        return value
    }

    /// `Z`, `+07:00`, `+0700`, `+07` or `-05:00`, if present, into `parsed.offset`.
    static func parseOffset(_ scanner: inout DateScanner, into parsed: inout ParsedDate) throws(DateParseError) {
        let start = scanner.position
        if scanner.consume("Z") || scanner.consume("z") {
            parsed.offset = 0
            return
        }
        // U+2212 is the minus sign word processors substitute for "-".
        guard let signIndex = scanner.consume(oneOf: ["+", "-", "\u{2212}"]) else { return }
        let sign = signIndex == 0 ? 1 : -1
        let hintText = "write the offset as +07:00"
        guard let hours = scanner.digits() else {
            throw scanner.unexpected("hours of the UTC offset", hint: hintText)
        }
        var minutes = 0
        switch hours.count {
        case 2:
            if scanner.consume(":") {
                guard let m = scanner.digits(), m.count == 2 else {
                    throw scanner.unexpected("two digits of offset minutes", hint: hintText)
                }
                minutes = m.value
            } else if let m = scanner.digits() {
                guard m.count == 2 else {
                    throw DateParseError(.invalidOffset, "The UTC offset is malformed.", hint: hintText, offset: start)
                }
                minutes = m.value
            }
        case 4:
            minutes = hours.value % 100
        default:
            throw DateParseError(.invalidOffset, "The UTC offset is malformed.", hint: hintText, offset: start)
        }
        let wholeHours = hours.count == 4 ? hours.value / 100 : hours.value
        guard wholeHours <= 14, minutes <= 59 else {
            throw DateParseError(.invalidOffset, "The UTC offset is more than 14 hours.",
                                 hint: hintText, offset: start)
        }
        parsed.offset = sign * (wholeHours * 3_600 + minutes * 60)
    }
}
