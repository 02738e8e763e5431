import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import Testing

/// `khao serve` as a writer uses it: the real binary on a free port of
/// 127.0.0.1, spoken to over raw sockets (a URL library would tidy the
/// hostile paths away before sending them).
@Suite("khao serve, end to end", .serialized)
struct ServeCommandTests {
    static let release = "content/news/2555/four-bureaus-brainstorm.md"

    @Test func servesPagesAndAssetsWithTheirTypesAndTheReloadScript() throws {
        let serve = try ServeProcess()
        let home = try HTTP.get("/", port: serve.port)
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.body.contains("/_khao/live"))
        let css = try #require(home.body.components(separatedBy: "href=\"/assets/style.").dropFirst().first?.prefix { $0 != "\"" })
        let style = try HTTP.get("/assets/style.\(css)", port: serve.port)
        #expect(style.status == 200 && style.headers["content-type"] == "text/css; charset=utf-8")
        #expect(!style.body.contains("/_khao/live"))
        #expect(try HTTP.get("/feed.xml", port: serve.port).headers["content-type"] == "application/xml; charset=utf-8")
        #expect(try HTTP.get("/feed.json", port: serve.port).headers["content-type"] == "application/json; charset=utf-8")
        let missing = try HTTP.get("/no-such-page/", port: serve.port)
        #expect(missing.status == 404 && missing.body.contains("ไม่พบหน้าที่ต้องการ"))
        let folder = try HTTP.get("/news", port: serve.port)
        #expect(folder.status == 301 && folder.headers["location"] == "/news/")
        #expect(try HTTP.get("/", port: serve.port, method: "POST").status == 405)
        // What `khao build` writes has no reload script: serve never writes output/.
        #expect(!FileManager.default.fileExists(atPath: serve.site.url.appendingPathComponent("output").path))
    }

    @Test(arguments: ["/../content/site.yaml", "/%2e%2e/content/site.yaml", "/%2E%2E%2Fcontent%2Fsite.yaml", "/news/..%5c..%5ccontent%5csite.yaml",
                      "/news/%00/index.html", "/./index.html", "/assets/", "//etc/passwd"])
    func refusesWhatIsNotAFileOfTheSite(target: String) throws {
        let serve = try ServeProcess()
        let response = try HTTP.get(target, port: serve.port)
        #expect(response.status == 404, "\(target)")
        #expect(!response.body.contains("base_url"), "\(target)")
    }

    @Test func answersFiveHundredRequestsAtOnceAndASlowClientBlocksNoOne() throws {
        let serve = try ServeProcess()
        // Half a request, never finished.
        let slow = try HTTP.connect(port: serve.port)
        defer { close(slow) }
        _ = Array("GET / HTTP/1.1\r\nHost: 127".utf8).withUnsafeBytes { send(slow, $0.baseAddress, $0.count, 0) }
        let statuses = Locked([Int](repeating: 0, count: 500))
        let port = serve.port
        DispatchQueue.concurrentPerform(iterations: 500) { index in
            let status = (try? HTTP.get(index % 2 == 0 ? "/" : "/news/", port: port).status) ?? 0
            statuses.change { $0[index] = status }
        }
        #expect(statuses.current.filter { $0 != 200 }.count == 0)
    }

    /// quality.md: "stays up while hundreds of requests arrive at once".
    /// Fifty clients of their own threads ask for 2,000 pages while an edit
    /// is rebuilt: every answer is a whole page, as long as it says, and
    /// the edited page is the old one or the new one, never a mix.
    @Test func twoThousandRequestsFromFiftyClientsDuringARebuildAllGetWholePages() throws {
        let serve = try ServeProcess()
        let port = serve.port
        let release = "/news/2555/four-bureaus-brainstorm/"
        let pages = ["/", "/news/", release, "/tags/", "/bureaus/ctt/", "/plans/2556/"]
        let before = try HTTP.get(release, port: port).body
        let added = "ย่อหน้าที่เพิ่มระหว่างที่มีผู้อ่านห้าสิบคน"
        // The distinct bodies of the edited page, and what went wrong.
        let bodies = Locked(Set<String>())
        let failures = Locked([String]())
        let group = DispatchGroup()
        for client in 0..<50 {
            group.enter()
            Thread {
                defer { group.leave() }
                for request in 0..<40 {
                    let page = pages[(client + request) % pages.count]
                    guard let response = try? HTTP.get(page, port: port) else {
                        failures.change { $0.append("\(page): no answer") }
                        continue
                    }
                    if response.status != 200 || response.headers["content-length"] != "\(response.body.utf8.count)"
                        || !response.body.hasSuffix("</html>\n") {
                        let problem = "\(page): \(response.status), \(response.headers["content-length"] ?? "no length") for \(response.body.utf8.count) bytes"
                        failures.change { $0.append(problem) }
                    }
                    if page == release { bodies.change { $0.insert(response.body) } }
                }
            }.start()
        }
        // The edit lands while the clients are at it.
        Thread.sleep(forTimeInterval: 0.2)
        let file = serve.site.url.appendingPathComponent(Self.release)
        try (try String(contentsOf: file, encoding: .utf8) + "\n\(added)\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(group.wait(timeout: .now() + 120) == .success, "the clients did not finish in 2 minutes")
        #expect(failures.current == [])

        var after = before
        for _ in 0..<100 where !after.contains(added) {
            Thread.sleep(forTimeInterval: 0.1)
            after = try HTTP.get(release, port: port).body
        }
        try #require(after.contains(added), "the edit was never served")
        #expect(bodies.current.allSatisfy { $0 == before || $0 == after })
    }

    @Test func anEditReloadsThePageAndABrokenTemplateShowsUntilFixed() throws {
        let serve = try ServeProcess()
        let page = "/news/2555/four-bureaus-brainstorm/"
        let socket = try WebSocketClient(port: serve.port, path: "/_khao/live")
        #expect(try socket.next() == "ok")

        // An edit to the body: rebuilt, pages told to reload, the new text served.
        let file = serve.site.url.appendingPathComponent(Self.release)
        let source = try String(contentsOf: file, encoding: .utf8)
        try (source + "\nย่อหน้าที่เพิ่มขณะเปิดเว็บไซต์\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try socket.next() == "reload")
        #expect(try HTTP.get(page, port: serve.port).body.contains("ย่อหน้าที่เพิ่มขณะเปิดเว็บไซต์"))

        // A broken template: the diagnostic over the page, the last good page served.
        try serve.site.write("templates/release.html", "{% extends \"base.html\" %}{% block main %}{{ page.title | nosuchfilter }}{% endblock %}")
        let error = try socket.next()
        #expect(error.hasPrefix("error\ntemplates/release.html:1:"), "\(error)")
        #expect(error.contains("nosuchfilter"))
        #expect(try HTTP.get(page, port: serve.port).body.contains("ย่อหน้าที่เพิ่มขณะเปิดเว็บไซต์"))
        #expect(serve.output().contains("templates/release.html:1:"))

        // Fixed: the pages reload, and a page opened now is told all is well.
        try FileManager.default.removeItem(at: serve.site.url.appendingPathComponent("templates/release.html"))
        #expect(try socket.next() == "reload")
        #expect(try WebSocketClient(port: serve.port, path: "/_khao/live").next() == "ok")
    }

    @Test func aPortInUseIsAClearErrorNamingIt() throws {
        let first = try ServeProcess()
        let site = try BuildCommandTests.bundledExample()
        let second = try KhaoProcess.run(["serve", "--port", "\(first.port)"], in: site.url)
        #expect(second.status == 2)
        #expect(second.stderr.contains("port \(first.port) is in use"))
    }
}

/// `khao serve --port 0` on a copy of the bundled example, stopped when the test lets go.
final class ServeProcess {
    let site: Scratch
    private let server: ListeningProcess
    var port: Int { server.port }

    init() throws {
        site = try BuildCommandTests.bundledExample()
        try FileManager.default.createDirectory(at: site.url.appendingPathComponent("templates"), withIntermediateDirectories: true)
        server = try ListeningProcess(KhaoProcess.binary, ["serve", "--port", "0"], in: site.url, log: site.url.appendingPathComponent(".serve-log"),
                                      portAfter: "serving http://127.0.0.1:")
    }

    /// What it printed so far.
    func output() -> String {
        server.output()
    }
}

/// Requests written by hand.
enum HTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    static func connect(port: Int) throws -> Int32 {
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(client)
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot connect to port \(port)"])
        }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return client
    }

    /// `target` exactly as written, with `Connection: close`.
    static func get(_ target: String, port: Int, method: String = "GET") throws -> Response {
        let client = try connect(port: port)
        defer { close(client) }
        let request = Array("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(client, $0.baseAddress, $0.count, 0) }
        var bytes = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = recv(client, &buffer, buffer.count, 0)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return Response(status: 0, headers: [:], body: "") }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        var headers = [String: String]()
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let status = Int(head[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}

/// A WebSocket client just big enough to read the server's text messages.
final class WebSocketClient {
    private let socket: Int32
    private var pending = [UInt8]()

    init(port: Int, path: String) throws {
        socket = try HTTP.connect(port: port)
        let key = Data((0..<16).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n\r\n"
        _ = Array(request.utf8).withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
        while true {
            if let end = find([13, 10, 13, 10]) {
                let head = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeFirst(end + 4)
                guard head.hasPrefix("HTTP/1.1 101") else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: head]) }
                return
            }
            try fill()
        }
    }

    deinit { close(socket) }

    /// The next text message (waits up to 20 s).
    func next() throws -> String {
        while true {
            if pending.count >= 2 {
                var length = Int(pending[1] & 0x7F)
                var start = 2
                if length == 126, pending.count >= 4 {
                    length = Int(pending[2]) << 8 | Int(pending[3])
                    start = 4
                } else if length == 127, pending.count >= 10 {
                    length = pending[2..<10].reduce(0) { $0 << 8 | Int($1) }
                    start = 10
                }
                if length < 126 || start > 2, pending.count >= start + length {
                    let opcode = pending[0] & 0x0F
                    let payload = Array(pending[start..<start + length])
                    pending.removeFirst(start + length)
                    if opcode == 1 { return String(decoding: payload, as: UTF8.self) }
                    continue
                }
            }
            try fill()
        }
    }

    private func fill() throws {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let count = recv(socket, &buffer, buffer.count, 0)
        guard count > 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the socket closed or timed out"]) }
        pending += buffer[0..<count]
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard pending.count >= needle.count else { return nil }
        return (0...(pending.count - needle.count)).first { pending[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
