#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Content
import Synchronization
import Templates

/// What a page read of the model while it rendered: each field of each
/// object (``ModelObject/field(_:)``). A page is a function of its
/// template, its context and what it read, so `khao serve` renders again,
/// after an edit, only the pages that read a field whose value changed.
///
/// Pages render on many threads at once, each synchronously, so the page
/// being rendered is per thread: a thread-local recorder.
enum PageReads {
    /// The reads of one page.
    final class Recorder {
        var reads = Set<FieldRead>()
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Notes that the page rendering on this thread read `field` of
    /// `object`; nothing when no page is being recorded (`khao build`).
    static func record(_ object: some ModelObject, _ field: String) {
        guard let pointer = pthread_getspecific(key) else { return }
        Unmanaged<Recorder>.fromOpaque(pointer).takeUnretainedValue().reads.insert(FieldRead(object: object, field: field))
    }

    /// Runs `render` and gives what it read.
    static func recording<T>(_ render: () throws -> T) rethrows -> (T, Set<FieldRead>) {
        let recorder = Recorder()
        pthread_setspecific(key, Unmanaged.passUnretained(recorder).toOpaque())
        defer { pthread_setspecific(key, nil) }
        return (try render(), recorder.reads)
    }
}

/// A field of a model object, as a page read it.
struct FieldRead: Hashable, @unchecked Sendable {
    let object: any ModelObject
    let field: String

    static func == (first: FieldRead, second: FieldRead) -> Bool {
        first.object === second.object && first.field == second.field
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(object))
        hasher.combine(field)
    }

    /// The value the page saw.
    var value: Value? { object.value(field) }
}

/// What every page read, by page path, filled from many threads. Each read
/// is kept once, by number, holding its object (and so the model it
/// belongs to) until ``rebase(onto:)`` moves it to the next model.
final class PageReadLog: @unchecked Sendable {
    private struct Table {
        var numbers: [FieldRead: Int32] = [:]
        /// By number; nil once no page can have read it as it is now.
        var reads: [FieldRead?] = []
        var pages: [String: [Int32]] = [:]
    }

    private let table = Mutex(Table())

    /// Notes that page `path` read `reads` (all it read: what it read before is forgotten).
    func set(_ path: String, _ reads: Set<FieldRead>) {
        table.withLock { table in
            table.pages[path] = reads.map { read in
                if let number = table.numbers[read] { return number }
                let number = Int32(table.reads.count)
                table.numbers[read] = number
                table.reads.append(read)
                return number
            }
        }
    }

    /// Forgets page `path` (no longer part of the site).
    func remove(_ path: String) {
        table.withLock { _ = $0.pages.removeValue(forKey: path) }
    }

    /// The pages that read a field `changed` picks.
    func pages(reading changed: (FieldRead) -> Bool) -> Set<String> {
        table.withLock { table in
            let marks = table.reads.map { $0.map(changed) ?? false }
            return Set(table.pages.compactMap { path, numbers in numbers.contains { marks[Int($0)] } ? path : nil })
        }
    }

    /// Moves every read to the object of the same key in the next model
    /// (`objects`), and gives the pages that read a field whose value is
    /// not the same there (``ReadValues/same(_:_:)``), or of an object gone.
    /// Those pages must be rendered again, which records what they read anew.
    func rebase(onto objects: [String: any ModelObject], jobs: Int) -> Set<String> {
        table.withLock { table in
            let reads = table.reads
            // Each read on its own: in batches, on all cores.
            let batch = 4096
            let moved = ParallelMap.map(Array(stride(from: 0, to: reads.count, by: batch)), jobs: jobs) { start in
                reads[start..<min(start + batch, reads.count)].map { read -> FieldRead? in
                    guard let read, let next = objects[read.object.key], let old = read.value, let new = next.value(read.field),
                          ReadValues.same(old, new) else { return nil }
                    return FieldRead(object: next, field: read.field)
                }
            }.flatMap { $0 }
            var numbers = [FieldRead: Int32](minimumCapacity: moved.count)
            for (number, read) in moved.enumerated() {
                if let read, numbers[read] == nil { numbers[read] = Int32(number) }
            }
            table.reads = moved
            table.numbers = numbers
            return Set(table.pages.compactMap { path, numbers in numbers.contains { moved[Int($0)] == nil } ? path : nil })
        }
    }
}

/// Whether a page that saw one value would come out the same seeing another.
enum ReadValues {
    /// Plain values compare whole; an object by its key alone, since what a
    /// page read of it is recorded as reads of its own.
    static func same(_ first: Value, _ second: Value) -> Bool {
        switch (first, second) {
        case (.object(let a), .object(let b)):
            guard let a = a as? any ModelObject, let b = b as? any ModelObject else { return a === b }
            return a.key == b.key
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case (.map(let a), .map(let b)):
            return a.count == b.count && zip(a.pairs, b.pairs).allSatisfy { $0.0 == $1.0 && same($0.1, $1.1) }
        case (.text(let a), .text(let b)), (.safe(let a), .safe(let b)):
            return sameBytes(a, b)
        case (.integer(let a), .integer(let b)): return a == b
        case (.decimal(let a), .decimal(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.date(let a), .date(let b)): return a == b
        case (.none, .none): return true
        default: return false
        }
    }

    /// By bytes: String's == holds canonically equivalent texts equal, and
    /// a page shows the bytes. Bodies are long: compared as memory.
    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count == second.utf8.count else { return false }
        var first = first, second = second
        return first.withUTF8 { a in second.withUTF8 { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }

    /// Two pages' contexts, by the same test.
    static func same(_ first: [String: Value], _ second: [String: Value]) -> Bool {
        first.count == second.count && first.allSatisfy { name, value in second[name].map { same(value, $0) } ?? false }
    }
}
