import BundledFiles
import Content
import Foundation
import Site
import Testing
import TestSupport

@Suite("The example site written out for --site")
struct ExampleSiteTests {
    let files = [
        BundledFile(path: "content/site.yaml", bytes: Array("title: ตัวอย่าง\n".utf8)),
        BundledFile(path: "content/news/2555/x.md", bytes: [0, 1, 2, 255]),
        BundledFile(path: "content/pages/about.md", bytes: []),
    ]

    func mode(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
    }

    @Test func theBundledExampleRoundTrips() throws {
        let temporary = try TemporaryFolder()
        let site = try ExampleSite.materialize(under: temporary.path + "/cache")
        for file in Bundled.exampleSite {
            #expect(try SourceFiles.read(site + "/" + file.path) == file.bytes, "\(file.path)")
        }
        #expect(SourceFiles.isFolder(site + "/content/news"))
    }

    @Test func aCopyIsPrivateNamedByItsContentsAndReused() throws {
        let temporary = try TemporaryFolder()
        let base = temporary.path + "/cache"
        let site = try ExampleSite.materialize(files, under: base)
        #expect(mode(base) == 0o700)
        #expect(site.hasPrefix(base + "/example-"))
        #expect(try SourceFiles.read(site + "/content/news/2555/x.md") == [0, 1, 2, 255])
        #expect(try ExampleSite.materialize(files, under: base) == site)
        // Other contents, another folder: a new khao never reads an old copy.
        let changed = try ExampleSite.materialize([files[0]], under: base)
        #expect(changed != site)
        // Nothing half-written is left beside them.
        #expect(try FileManager.default.contentsOfDirectory(atPath: base).count == 2)
    }

    @Test func aDamagedCopyIsReplaced() throws {
        let temporary = try TemporaryFolder()
        let base = temporary.path + "/cache"
        let site = try ExampleSite.materialize(files, under: base)
        try FileManager.default.removeItem(atPath: site + "/content/site.yaml")
        try Data("changed".utf8).write(to: URL(fileURLWithPath: site + "/content/pages/about.md"))
        #expect(try ExampleSite.materialize(files, under: base) == site)
        #expect(try SourceFiles.read(site + "/content/site.yaml") == files[0].bytes)
        #expect(try SourceFiles.read(site + "/content/pages/about.md") == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: base) == [(site as NSString).lastPathComponent])
    }

    @Test func aSharedOrLinkedBaseFolderIsRefused() throws {
        let temporary = try TemporaryFolder()
        let shared = temporary.path + "/shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        chmod(shared, 0o777)
        #expect(throws: FileError(path: shared, reason: "is not a private folder of yours (a real folder you own with mode 0700); delete it and run again")) {
            try ExampleSite.materialize(files, under: shared)
        }
        let linked = temporary.path + "/linked"
        try temporary.link("linked", to: temporary.path + "/private")
        try FileManager.default.createDirectory(atPath: temporary.path + "/private", withIntermediateDirectories: false)
        chmod(temporary.path + "/private", 0o700)
        #expect(throws: FileError(path: linked, reason: "is not a private folder of yours (a real folder you own with mode 0700); delete it and run again")) {
            try ExampleSite.materialize(files, under: linked)
        }
    }

    @Test func theDefaultBaseIsPerUserUnderTheTemporaryFolder() {
        #expect(ExampleSite.defaultBase().hasSuffix("/khao-\(geteuid())"))
    }
}
