/// Where each line of a CSV file starts, to show the line a diagnostic
/// points at. Found in the UTF-8 bytes, not by splitting a `String`.
struct CSVLines: Sendable {
    private let bytes: [UInt8]
    private let starts: [Int]

    /// The lines of `bytes` from `start` (after a byte order mark).
    init(bytes: [UInt8], start: Int) {
        self.bytes = bytes
        var starts = [start]
        var offset = start
        while let feed = bytes[offset...].firstIndex(of: 0x0A) {
            offset = feed + 1
            starts.append(offset)
        }
        self.starts = starts
    }

    /// The text of the 1-based `number`th line, without its line feed.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        let end = number < starts.count ? starts[number] - 1 : bytes.count
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// How many Unicode scalars the `number`th line has.
    func width(_ number: Int) -> Int {
        line(number)?.unicodeScalars.count ?? 0
    }
}
