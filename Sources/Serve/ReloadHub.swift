import FlyingFox
import Foundation
import Synchronization

/// Tells the open pages what happened to the site, over a WebSocket at
/// ``path``: `reload` after a good build, `error` and the diagnostics'
/// text after a failed one (the page shows them over itself). A page that
/// connects is told the current state at once.
final class ReloadHub: WSMessageHandler, Sendable {
    static let path = "/_khao/live"

    private let clients = Mutex<[UUID: AsyncStream<WSMessage>.Continuation]>([:])
    private let current: @Sendable () -> String?

    /// `current` gives the diagnostics of the failed build being served
    /// around, or nil.
    init(current: @escaping @Sendable () -> String?) {
        self.current = current
    }

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let id = UUID()
        let (messages, continuation) = AsyncStream<WSMessage>.makeStream()
        continuation.yield(.text(current().map { "error\n" + $0 } ?? "ok"))
        clients.withLock { $0[id] = continuation }
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        // The page says nothing that matters; when it goes, forget it.
        Task { [weak self] in
            for await _ in client {}
            self?.remove(id)
            continuation.finish()
        }
        return messages
    }

    /// Sends `message` to every open page.
    func send(_ message: String) {
        for continuation in clients.withLock({ Array($0.values) }) {
            continuation.yield(.text(message))
        }
    }

    private func remove(_ id: UUID) {
        _ = clients.withLock { $0.removeValue(forKey: id) }
    }
}
