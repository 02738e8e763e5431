import Synchronization

/// Remembers what a costly filter gave for an input: a release's title and
/// date are shown on its page, in lists, in related releases and beside its
/// neighbours, and cutting a title into Thai words (ICU) or reading a date
/// in a time zone each time would cost more than rendering the rest.
final class FilterCache<Key: Hashable & Sendable>: Sendable {
    private let entries = Mutex<[Key: String]>([:])
    /// Enough for every title of a big site; beyond it inputs are worked out each time.
    private let limit: Int

    init(limit: Int = 200_000) {
        self.limit = limit
    }

    func value(for key: Key, _ make: () -> String) -> String {
        if let known = entries.withLock({ $0[key] }) { return known }
        let made = make()
        entries.withLock { entries in
            if entries.count < limit { entries[key] = made }
        }
        return made
    }
}
