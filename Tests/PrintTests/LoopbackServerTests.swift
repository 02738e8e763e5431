import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import Print
import Testing
import TestSupport

/// The server `khao pdf` prints through: the files of one folder, to this
/// machine only, and nothing outside the folder.
@Suite("The loopback server")
struct LoopbackServerTests {
    let folder: TemporaryFolder
    let server: LoopbackServer

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("site/briefs/2556/index.html", "<p>brief</p>")
        try folder.write("site/assets/print.css", "p { color: red }")
        try folder.write("site/ข่าว/index.html", "<p>ข่าว</p>")
        try folder.write("secret.txt", "secret")
        try folder.link("site/out.txt", to: folder.path + "/secret.txt")
        server = try LoopbackServer(root: folder.url.appendingPathComponent("site"), mount: "/khao/")
    }

    @Test func servesFilesAndFolderIndexesWithTheirTypes() throws {
        #expect(try request("/khao/assets/print.css") == .init(status: 200, type: "text/css; charset=utf-8", body: "p { color: red }"))
        #expect(try request("/khao/briefs/2556/") == .init(status: 200, type: "text/html; charset=utf-8", body: "<p>brief</p>"))
        #expect(try request("/khao/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/?q=1").body == "<p>ข่าว</p>")
    }

    @Test(arguments: ["/khao/../secret.txt", "/khao/%2e%2e/secret.txt", "/khao/briefs/%2E%2E/%2E%2E/../secret.txt", "/khao/out.txt",
                      "/khao/a%00b", "/khao/..%5csecret.txt", "/khao/missing.html", "/briefs/2556/", "/secret.txt"])
    func refusesWhatIsNotAFileInsideTheFolder(target: String) throws {
        #expect(try request(target).status == 404)
    }

    @Test func answersOnlyGetAndHead() throws {
        #expect(try request("/khao/assets/print.css", method: "POST").status == 405)
        let head = try request("/khao/assets/print.css", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
    }

    @Test func theAddressOfAFileIsUnderTheMount() {
        let file = folder.url.appendingPathComponent("site/ข่าว/index.html")
        #expect(server.address(of: file).absoluteString == "http://127.0.0.1:\(server.port)/khao/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/index.html")
    }

    struct Response: Equatable {
        var status: Int
        var type: String
        var body: String
    }

    /// `target` exactly as written (a URL library would tidy `..` away).
    private func request(_ target: String, method: String = "GET") throws -> Response {
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(server.port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let request = Array("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(client, $0.baseAddress, $0.count, 0) }
        var bytes = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(client, &buffer, buffer.count, 0)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts[0].components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        let type = head.first { $0.hasPrefix("Content-Type: ") }.map { String($0.dropFirst("Content-Type: ".count)) } ?? ""
        return Response(status: status, type: type, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}
