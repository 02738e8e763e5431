import Foundation
import Testing
@testable import Site

@Suite struct DumpTmp {
    @Test func dump() throws {
        guard ProcessInfo.processInfo.environment["KHAO_DUMP"] != nil else { return }
        let build = TestBuild(siteFolder: Repository.root)
        for path in build.output.paths {
            let url = URL(fileURLWithPath: "/tmp/khao-dump/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((build.output.text(path) ?? "").utf8).write(to: url)
        }
    }
}
