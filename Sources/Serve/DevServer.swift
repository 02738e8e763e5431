import Dispatch
import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// Serves a site over HTTP with FlyingFox (quality.md's rules for
/// `khao serve`): only the site's files, `index.html` for a folder,
/// `404.html` for a miss, no listings, `Content-Type` with
/// `charset=utf-8` on text, GET and HEAD only. With `live`, every HTML page
/// gets the reload script and `/_khao/live` tells pages when to reload.
public final class DevServer: Sendable {
    private let server: HTTPServer
    private let hub: ReloadHub?
    private let requestedPort: UInt16

    /// `host`: an IP address (127.0.0.1 unless the user asks otherwise);
    /// `port` 0 lets the system choose.
    public init(source: some SiteSource, host: String = "127.0.0.1", port: UInt16, live: LiveSite? = nil) throws(ServeFailure) {
        requestedPort = port
        let address: any SocketAddress
        do {
            address = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw ServeFailure("\(host) is not an IP address to listen on", hint: "use --host 127.0.0.1 (this machine only) or --host 0.0.0.0")
        }
        let hub = live.map { site in ReloadHub { site.problems } }
        self.hub = hub
        server = HTTPServer(config: .init(address: address, timeout: 15, logger: .disabled),
                            handler: SiteHandler(source: source, reload: hub.map { WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: $0)) }))
    }

    /// Listens until ``stop()``; throws when the port cannot be had.
    private func run() async throws(ServeFailure) {
        do {
            try await server.run()
        } catch let error as SocketError {
            if case .failed(_, let errno, _) = error, errno == EADDRINUSE {
                throw ServeFailure("port \(requestedPort) is in use", hint: "stop what uses it, or choose another with --port")
            }
            throw ServeFailure("cannot listen on port \(requestedPort): \(error)", hint: "choose another port with --port")
        } catch {
            throw ServeFailure("cannot listen on port \(requestedPort): \(error)", hint: "choose another port with --port")
        }
    }

    /// Starts listening in the background and waits until it does, for
    /// the synchronous command line: the port it listens on.
    public func start() throws(ServeFailure) -> Int {
        let outcome = Mutex<Result<Int, ServeFailure>?>(nil)
        let settled = DispatchSemaphore(value: 0)
        // The first to know wins: listening, or failing to.
        let settle = { @Sendable (result: Result<Int, ServeFailure>) in
            let first = outcome.withLock { state -> Bool in
                guard state == nil else { return false }
                state = result
                return true
            }
            if first { settled.signal() }
        }
        Task {
            do throws(ServeFailure) { try await run() } catch { settle(.failure(error)) }
        }
        Task {
            if let port = try? await port() { settle(.success(port)) }
        }
        settled.wait()
        return try outcome.withLock { $0 ?? .success(Int(requestedPort)) }.get()
    }

    /// The port it listens on, once listening.
    private func port() async throws -> Int {
        try await server.waitUntilListening()
        switch await server.listeningAddress {
        case .ip4(_, let port)?, .ip6(_, let port)?: return Int(port)
        default: return Int(requestedPort)
        }
    }

    public func stop() async {
        await server.stop()
    }

    /// Tells the open pages to reload (after a good build) or to show
    /// `problems` (after a failed one).
    public func announce(problems: String?) {
        hub?.send(problems.map { "error\n" + $0 } ?? "reload")
    }
}

/// Every request: the reload socket when live, else a file of the site.
struct SiteHandler: HTTPHandler {
    let source: any SiteSource
    let reload: WebSocketHTTPHandler?

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if let reload, request.target.path() == ReloadHub.path {
            return try await reload.handleRequest(request)
        }
        return Self.respond(to: request, from: source, live: reload != nil)
    }

    static func respond(to request: HTTPRequest, from source: any SiteSource, live: Bool) -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: [.init("Allow"): "GET, HEAD"] as HTTPHeaders)
        }
        guard let path = RequestPath.file(request.target.path(), mount: source.basePath) else {
            return notFound(source, live: live, head: request.method == .HEAD)
        }
        var file = path
        if path.isEmpty || request.target.path().hasSuffix("/") {
            file = path.isEmpty ? "index.html" : path + "/index.html"
        } else if source.isFolder(path) {
            // A folder asked for without its slash: its relative links need one.
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: request.target.path() + "/"] as HTTPHeaders)
        }
        guard let bytes = source.bytes(file) else { return notFound(source, live: live, head: request.method == .HEAD) }
        return response(.ok, file, bytes, live: live, head: request.method == .HEAD)
    }

    private static func notFound(_ source: any SiteSource, live: Bool, head: Bool) -> HTTPResponse {
        guard let page = source.bytes("404.html") else {
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: ContentType.of("404.txt")], body: Data("not found\n".utf8))
        }
        return response(.notFound, "404.html", page, live: live, head: head)
    }

    private static func response(_ status: HTTPStatusCode, _ path: String, _ bytes: [UInt8], live: Bool, head: Bool) -> HTTPResponse {
        let type = ContentType.of(path)
        let body = live && type.hasPrefix("text/html") ? LiveReload.inject(into: bytes) : bytes
        // Pages change while the user writes: never from a cache.
        let headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store", .init("X-Content-Type-Options"): "nosniff"]
        return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : Data(body))
    }
}

/// Why the server cannot serve, for the user.
public struct ServeFailure: Error, Sendable, Equatable {
    public let message: String
    public let hint: String

    public init(_ message: String, hint: String) {
        self.message = message
        self.hint = hint
    }
}
