import Foundation

/// A value that threads of a test change together, under a lock.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) {
        self.value = value
    }

    /// Changes the value; no other thread sees it meanwhile.
    func change(_ body: (inout Value) -> Void) {
        lock.withLock { body(&value) }
    }

    /// The value now.
    var current: Value { lock.withLock { value } }
}
