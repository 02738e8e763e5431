import Foundation
import Synchronization

/// A time zone's offset from UTC, remembered by day.
///
/// Asking the zone (ICU underneath) costs more than formatting the date, and
/// a site shows the same days again and again (every list and every related
/// item). A day is remembered only when the offset is the same at its start
/// and its end, so a day with a transition is always asked about exactly.
final class ZoneOffsets: Sendable {
    let timeZone: TimeZone
    /// Day → offset, direct-mapped by day: no hashing, a colliding day
    /// simply replaces the one before it.
    private let days = Mutex<[(day: Int, offset: Int)]>(Array(repeating: (Int.min, 0), count: 1_024))

    init(_ timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Seconds east of UTC at `date`.
    func seconds(at date: Date) -> Int {
        let interval = date.timeIntervalSince1970
        guard interval.isFinite, abs(interval) < 1e15 else {
            return timeZone.secondsFromGMT(for: date)
        }
        let seconds = Int(interval.rounded(.down))
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let slot = day & 1_023
        if let offset = days.withLock({ $0[slot].day == day ? $0[slot].offset : nil }) {
            return offset
        }
        let start = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(day) * 86_400))
        let end = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(day) * 86_400 + 86_399))
        guard start == end else {
            return timeZone.secondsFromGMT(for: date)
        }
        days.withLock { $0[slot] = (day, start) }
        return start
    }
}
