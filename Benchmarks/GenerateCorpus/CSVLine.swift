/// The fields of one line of a CSV file: commas separate fields, and a field
/// in double quotes may hold commas (`"18,500,000"`) and doubled quotes.
/// Enough for the example's plan tables, whose fields hold no line breaks.
func csvFields(_ line: Substring) -> [String] {
    var fields = [String]()
    var field = ""
    var quoted = false
    var previous: Character?
    for character in line {
        switch character {
        case "\"" where quoted:
            quoted = false
        case "\"":
            // A quote right after a closing one is a doubled quote: a quote in the text.
            if previous == "\"" { field.append("\"") }
            quoted = true
        case "," where !quoted:
            fields.append(field)
            field = ""
        default:
            field.append(character)
        }
        previous = character
    }
    fields.append(field)
    return fields
}
