import Dispatch

/// Runs independent work on all cores and keeps the results in order.
public enum ParallelMap {
    /// `transform` applied to each element of `items`, in parallel; the
    /// results come back in the order of `items`, whatever order they finish in.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: some Collection<Item>, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let items = Array(items)
        let results = ResultSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.store(transform(items[index]), at: index)
        }
        return results.values
    }
}

/// One slot per result, each written by exactly one iteration.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    // Safe without a lock: iteration i writes only slot i, and the slots
    // are read only after concurrentPerform has returned. A raw buffer, not
    // an array: an array's mutating access (withUnsafeMutableBufferPointer)
    // checks and may copy its storage, a race when threads store at once.
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        slots[index] = value
    }

    var values: [Value] { slots.map { $0! } }
}
