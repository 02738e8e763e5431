#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Watches folders for changes with inotify (Linux), every folder below
/// them too, and reports each burst of changes once: editors save through
/// temporary files and renames, several events for one save.
public final class FolderWatcher: @unchecked Sendable {
    /// Events that change what the build reads.
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY | IN_ATTRIB
        | IN_DELETE_SELF | IN_MOVE_SELF)

    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private let quiet: Duration
    private let changed: @Sendable ([String]) -> Void
    private var stopped = false

    /// Starts watching `roots` (folders that exist are watched; missing ones
    /// are skipped); `changed` gets the paths of each burst, once no event
    /// has come for `quiet`.
    public init(_ roots: [String], quiet: Duration = .milliseconds(10), changed: @escaping @Sendable ([String]) -> Void) throws(ServeFailure) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else {
            throw ServeFailure("cannot watch the site's folders: \(String(cString: strerror(errno)))",
                               hint: "raise fs.inotify.max_user_instances, or build with khao build")
        }
        self.quiet = quiet
        self.changed = changed
        for root in roots {
            addTree(root)
        }
        Thread { [self] in loop() }.start()
    }

    deinit {
        stop()
    }

    /// Stops watching.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        close(descriptor)
    }

    private func addTree(_ root: String) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else { return }
        add(root)
        for case let name as String in FileManager.default.enumerator(atPath: root) ?? FileManager.DirectoryEnumerator() {
            let path = root + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { add(path) }
        }
    }

    private func add(_ folder: String) {
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        if watch >= 0 { folders[watch] = folder }
    }

    /// Files editors make beside the one being saved (Vim's `.x.swp` and
    /// `4913`, Emacs's `#x#` and `x~`, `.x.tmp`): never sources.
    static func isScratch(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix(".tmp") || (!name.isEmpty && name.allSatisfy(\.isNumber))
    }

    private func loop() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var burst = Set<String>()
        while !stopped {
            // Wait for events; once a burst has begun, only as long as `quiet`.
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let timeout = burst.isEmpty ? -1 : Int32(quiet.components.seconds * 1000 + quiet.components.attoseconds / 1_000_000_000_000_000)
            let ready = poll(&poller, 1, timeout)
            if ready < 0 && errno != EINTR { return }
            if ready == 0 {
                changed(burst.sorted())
                burst = []
                continue
            }
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { if count < 0 && errno == EINTR { continue } else { return } }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
                    let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let name = String(decoding: buffer[nameStart..<nameStart + length].prefix { $0 != 0 }, as: UTF8.self)
                if let folder = folders[watch], !Self.isScratch(name) {
                    let path = name.isEmpty ? folder : folder + "/" + name
                    burst.insert(path)
                    // A new folder (made, or moved in) is watched too.
                    if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(path) }
                }
                offset = nameStart + length
            }
        }
    }
}
