import Foundation
import Synchronization

/// Deleting the output a commit replaced. On a disk that discards freed
/// blocks, deleting is far slower than writing (10,000 pages in 10,000
/// folders took 19 s with `rm -rf` on the development machine, 9 s from
/// 8 threads, against under 1 s to write them), so the tree is deleted
/// from several threads at once, and its
/// marker last: a run killed halfway leaves a tree that still carries its
/// marker, which the next run's `StaleStages` finishes deleting.
enum OldOutput {
    /// Threads deleting at once: the work waits on the disk, not the CPU,
    /// so more threads than cores help.
    static let threads = 8

    /// Deletes the folder `path` and everything in it; best effort (what
    /// is left carries the marker and goes at the next run).
    static func remove(_ path: String) {
        var items = [String]()
        var folders = [String]()
        for name in FileTree.names(in: path) ?? [] where name != OutputMarker.name {
            let child = path + "/" + name
            if FileTree.isFolder(child) {
                folders.append(child)
                items += (FileTree.names(in: child) ?? []).map { child + "/" + $0 }
            } else {
                items.append(child)
            }
        }
        let work = items
        let next = Mutex(0)
        let done = DispatchGroup()
        // Threads of their own: Dispatch runs no more threads than cores.
        for _ in 0..<min(threads, work.count) {
            done.enter()
            Thread {
                while true {
                    let index = next.withLock { index in
                        defer { index += 1 }
                        return index
                    }
                    guard index < work.count else { break }
                    try? FileTree.remove(work[index])
                }
                done.leave()
            }.start()
        }
        done.wait()
        for folder in folders {
            try? FileTree.remove(folder)
        }
        guard folders.allSatisfy({ !FileTree.exists($0) }) else { return }
        try? FileTree.remove(path)
    }
}
