import Foundation
import Synchronization

/// Dates already written by `date` and `iso`, by instant and pattern.
///
/// A site shows each release's date many times (its page, every list and
/// every related-items block it appears in); writing it once per build
/// instead of once per appearance saves most of the date work. The table is
/// direct-mapped: a new entry simply replaces the one in its slot.
final class DateTexts: Sendable {
    /// How a date is written: ISO 8601, or a `date` pattern.
    enum Form: Equatable, Sendable {
        case iso
        case pattern(String)
    }

    private struct Entry {
        var instant: UInt64
        var form: Form
        var text: String
    }

    private static let slots = 32_768
    private let entries = Mutex<[Entry?]>(Array(repeating: nil, count: DateTexts.slots))

    /// The text for `date` written in `form`, from the table or from `write`.
    func text(for date: Date, form: Form, write: () throws(FilterError) -> String) throws(FilterError) -> String {
        let instant = date.timeIntervalSince1970.bitPattern
        let formBits: Int = switch form {
        case .iso: 0
        case .pattern(let pattern): pattern.utf8.count + 1
        }
        let mixed = instant ^ (instant >> 29) ^ (instant >> 47) ^ UInt64(truncatingIfNeeded: formBits &* 0x9E37)
        let slot = Int(truncatingIfNeeded: mixed) & (Self.slots - 1)
        if let text = entries.withLock({ entry -> String? in
            guard let found = entry[slot], found.instant == instant, found.form == form else { return nil }
            return found.text
        }) {
            return text
        }
        let text = try write()
        entries.withLock { $0[slot] = Entry(instant: instant, form: form, text: text) }
        return text
    }
}
