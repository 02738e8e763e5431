import Dispatch
import Foundation
import Synchronization

/// Runs independent work on all cores (or `jobs` of them) and keeps the
/// results in order, so the output is the same whatever the number of jobs.
public enum ParallelMap {
    /// `transform` applied to each element of `items` on `jobs` threads;
    /// the results come back in the order of `items`, whatever order they
    /// finish in. Each thread takes the next item when it is free, so a few
    /// long items do not leave a core idle.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: some Collection<Item>, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let items = Array(items)
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<Result>(count: items.count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                results.store(transform(items[index]), at: index)
            }
        }
        return results.values
    }
}

/// One slot per result, each written by exactly one iteration.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    // Safe without a lock: item i is taken by exactly one thread, which
    // writes only slot i, and the slots are read only after
    // concurrentPerform has returned. A raw buffer, not
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
