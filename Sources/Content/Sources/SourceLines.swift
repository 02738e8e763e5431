/// The lines of a file's text, found by bytes, for showing the line a
/// diagnostic points at.
///
/// Splitting a `String` on "\n" compares grapheme clusters, which is slow on
/// a hostile line of thousands of marks (one cluster); line feeds are found
/// in the UTF-8 instead, and only for files that have something to show.
struct SourceLines {
    private let bytes: [UInt8]
    private let starts: [Int]

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// The lines of `bytes` from `start` (after a byte order mark).
    init(bytes: [UInt8], start: Int = 0) {
        self.bytes = bytes
        var starts = [start]
        for (offset, byte) in bytes[start...].enumerated() where byte == 0x0A {
            starts.append(start + offset + 1)
        }
        self.starts = starts
    }

    /// How many Unicode scalars the `number`th line has.
    func width(_ number: Int) -> Int {
        line(number)?.unicodeScalars.count ?? 0
    }

    /// The text of the 1-based `number`th line, without its line feed
    /// (bytes that are not UTF-8 shown as U+FFFD).
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        let end = number < starts.count ? starts[number] - 1 : bytes.count
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
