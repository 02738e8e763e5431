import Foundation
import Synchronization

/// Dates already written by `date` and `iso`, by instant and pattern.
///
/// A site shows each release's date many times (its page, every list and
/// every related-items block it appears in); writing it once per build
/// instead of once per appearance saves most of the date work. The table is
/// direct-mapped: a new entry simply replaces the one in its slot.
final class DateTexts: Sendable {
    private struct Entry {
        var instant: UInt64
        var pattern: String
        var text: String
    }

    private static let slots = 32_768
    private let entries = Mutex<[Entry?]>(Array(repeating: nil, count: DateTexts.slots))

    /// The text for `date` written with `pattern` (`""` for ISO 8601), from
    /// the table or from `write`.
    func text(for date: Date, pattern: String, write: () throws(FilterError) -> String) throws(FilterError) -> String {
        let instant = date.timeIntervalSince1970.bitPattern
        let mixed = instant ^ (instant >> 29) ^ (instant >> 47) ^ UInt64(truncatingIfNeeded: pattern.utf8.count &* 0x9E37)
        let slot = Int(truncatingIfNeeded: mixed) & (Self.slots - 1)
        if let text = entries.withLock({ entry -> String? in
            guard let found = entry[slot], found.instant == instant, found.pattern == pattern else { return nil }
            return found.text
        }) {
            return text
        }
        let text = try write()
        entries.withLock { $0[slot] = Entry(instant: instant, pattern: pattern, text: text) }
        return text
    }
}
