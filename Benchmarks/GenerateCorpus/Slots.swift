/// The words one release fills its templates with.
///
/// Named slots (`{province}`, `{coop_full}`…) hold one value for the whole
/// release; numbers (`{money}`, `{members}`…) are drawn afresh at each use,
/// so two sentences name the same cooperative but different sums.
final class Slots {
    private var named: [String: String] = [:]
    private let dice: Dice

    init(dice: Dice) {
        self.dice = dice
    }

    subscript(name: String) -> String {
        get { named[name] ?? "" }
        set { named[name] = newValue }
    }

    /// Sets `name` to `template` filled with the slots set so far.
    func set(_ name: String, filling template: String) {
        named[name] = fill(template)
    }

    /// `template` with every `{slot}` replaced.
    func fill(_ template: String) -> String {
        var result = ""
        var rest = template[...]
        // Braces are ASCII: finding them among the bytes spares the
        // grapheme breaking of Thai text that a search by Character costs.
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
              let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            result += rest[..<open]
            result += value(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private func value(_ name: String) -> String {
        if let fixed = named[name] { return fixed }
        switch name {
        case "money": return dice.chance(0.6) ? "\(dice.int(2...950))" : "\(dice.int(1...99)).\(dice.int(1...9))"
        case "big_money": return grouped(dice.int(1_500_000...2_500_000))
        case "members": return grouped(dice.int(120...25_000))
        case "people": return grouped(dice.pick([50, 80, 100, 120, 150, 200, 250, 300, 500]))
        case "small_n": return "\(dice.int(5...120))"
        case "small_y": return "\(dice.int(1...3))"
        case "prov_n": return "\(dice.int(10...77))"
        case "pct": return "\(dice.int(5...35))"
        case "rate": return dice.pick(["1", "1.5", "2", "3", "4"])
        case "tons": return grouped(dice.int(50...20_000))
        default: preconditionFailure("a template names the unknown slot {\(name)}")
        }
    }

    /// `12,500`: thousands separated by commas, as Thai releases write them.
    private func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }
}
