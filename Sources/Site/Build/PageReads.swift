#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which releases a page read while it rendered: `khao serve` re-renders,
/// after an edit to a release, only the pages that read it (its own page,
/// the lists and related blocks that show it).
///
/// Pages render on many threads at once, each synchronously, so the page
/// being rendered is per thread: a thread-local recorder, read by
/// ``ReleaseObject`` on every field it gives a template.
enum PageReads {
    /// The releases one page read, by index.
    final class Recorder {
        var releases = Set<Int32>()
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Notes that the page rendering on this thread read release `index`;
    /// nothing when no page is being recorded.
    static func record(release index: Int) {
        guard let pointer = pthread_getspecific(key) else { return }
        Unmanaged<Recorder>.fromOpaque(pointer).takeUnretainedValue().releases.insert(Int32(index))
    }

    /// Runs `render` and gives the releases it read.
    static func recording<T>(_ render: () throws -> T) rethrows -> (T, Set<Int32>) {
        let recorder = Recorder()
        pthread_setspecific(key, Unmanaged.passUnretained(recorder).toOpaque())
        defer { pthread_setspecific(key, nil) }
        return (try render(), recorder.releases)
    }
}

/// The releases each page read, filled from many threads: slot `i` by the
/// thread that rendered page `i` only.
final class PageReadLog: @unchecked Sendable {
    private(set) var pages: [Set<Int32>]

    init(count: Int) {
        pages = Array(repeating: [], count: count)
    }

    func set(_ page: Int, _ releases: Set<Int32>) {
        pages.withUnsafeMutableBufferPointer { $0[page] = releases }
    }

    /// For each release, the pages that read it.
    var readers: [Int32: [Int]] {
        var readers = [Int32: [Int]]()
        for (page, releases) in pages.enumerated() {
            for release in releases { readers[release, default: []].append(page) }
        }
        return readers
    }
}
