#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// Serves a built site to the headless browser that prints it: on
/// 127.0.0.1 only, GET and HEAD only, files inside `root` only, for as long
/// as `khao pdf` runs. Printing over HTTP rather than from `file://` keeps
/// every link of the page working as on the web: stylesheets, fonts and
/// images are linked from the site's root (`/assets/print.3f2a.css`), which
/// a `file://` page would look for at the root of the disk.
///
/// Not a server for people: that is `khao serve`, with its own safety rules.
public final class LoopbackServer: @unchecked Sendable {
    /// The port the system gave it.
    public let port: Int
    private let listener: Int32
    private let root: URL
    private let mount: String

    /// Starts serving `root` (the output folder) on a free port; `mount` is
    /// the site's base path (`/` or `/khao/`), which links begin with.
    public init(root: URL, mount: String = "/") throws(ServerFailure) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        self.mount = mount.hasSuffix("/") ? mount : mount + "/"
        #if canImport(Glibc)
        let stream = Int32(SOCK_STREAM.rawValue)
        #else
        let stream = SOCK_STREAM
        #endif
        let listener = socket(AF_INET, stream, 0)
        guard listener >= 0 else { throw ServerFailure(message: "cannot open a socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 64) == 0 else {
            let reason = String(cString: strerror(errno))
            close(listener)
            throw ServerFailure(message: "cannot listen on 127.0.0.1: \(reason)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    /// The address of `file`, a file inside the root.
    public func address(of file: URL) -> URL {
        let path = file.standardizedFileURL.resolvingSymlinksInPath().path
        let relative = path.hasPrefix(root.path + "/") ? String(path.dropFirst(root.path.count + 1)) : ""
        let encoded = relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative
        return URL(string: "http://127.0.0.1:\(port)\(mount)\(encoded)") ?? file
    }

    /// Stops accepting; requests in flight finish.
    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                if errno == EINTR { continue }
                close(listener)
                return
            }
            DispatchQueue.global().async { [self] in
                answer(client)
                close(client)
            }
        }
    }

    private func answer(_ client: Int32) {
        // A browser on the same machine sends its request at once; one that
        // stalls must not hold a thread for ever.
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var request = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while request.count < 16_384, !request.ends(with: [13, 10, 13, 10]) {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            request += buffer[0..<count]
        }
        let line = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
        guard line.count == 3, line[0] == "GET" || line[0] == "HEAD" else { return send(client, status: "405 Method Not Allowed") }
        guard let file = file(for: String(line[1])), let body = FileManager.default.contents(atPath: file.path) else {
            return send(client, status: "404 Not Found")
        }
        send(client, status: "200 OK", type: ContentType.of(file.pathExtension), body: line[0] == "HEAD" ? nil : body, length: body.count)
    }

    /// The file a request target names, or nil when it names none inside
    /// the root (`..`, NUL, a backslash, or a link out of it).
    func file(for target: String) -> URL? {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix(mount), let decoded = String(path.dropFirst(mount.count)).removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        var file = parts.reduce(root) { $0.appendingPathComponent(String($1)) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue { file.appendPathComponent("index.html") }
        let resolved = file.resolvingSymlinksInPath().path
        return resolved.hasPrefix(root.path + "/") ? URL(fileURLWithPath: resolved) : nil
    }

    private func send(_ client: Int32, status: String, type: String = "text/plain; charset=utf-8", body: Data? = nil, length: Int = 0) {
        var bytes = Array("HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(length)\r\nConnection: close\r\n\r\n".utf8)
        if let body { bytes += body }
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return }
            sent += count
        }
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
