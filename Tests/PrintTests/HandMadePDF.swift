import Foundation

/// A PDF written out from its objects' text, with a correct cross-reference
/// table: `objects[0]` is object 1, which the trailer names as the catalog.
func handMadePDF(_ objects: [String]) -> Data {
    var text = "%PDF-1.4\n%\u{E2}\u{E3}\n"
    var offsets: [Int] = []
    for (index, body) in objects.enumerated() {
        offsets.append(text.utf8.count)
        text += "\(index + 1) 0 obj\n\(body)\nendobj\n"
    }
    let table = text.utf8.count
    text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets {
        let digits = String(offset)
        text += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
    }
    text += "trailer\n<</Size \(objects.count + 1) /Root 1 0 R>>\nstartxref\n\(table)\n%%EOF\n"
    return Data(text.utf8)
}
