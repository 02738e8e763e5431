import Foundation
import Site
import Testing
import TestSupport

@Suite("Output folders khao refuses")
struct OutputLocationTests {
    /// A site folder with content/ and templates/, inside a home folder.
    struct Fixture {
        let folder: TemporaryFolder
        var home: String { folder.path + "/home" }
        var site: String { home + "/site" }

        init() throws {
            folder = try TemporaryFolder()
            try folder.write("home/site/content/site.yaml", "title: x\n")
            try folder.write("home/site/templates/base.html", "x")
        }

        func check(_ output: String) throws(OutputLocationError) -> OutputLocation {
            try OutputLocation.check(output, site: site, home: home)
        }

        func refusal(_ output: String) -> OutputLocationError? {
            do {
                _ = try check(output)
                return nil
            } catch {
                return error
            }
        }
    }

    static let hint = "khao replaces its output folder as a whole: choose a folder of its own, such as output/ in the site folder (--output output)"

    @Test func dangerousFoldersAreRefusedWithOneSentence() throws {
        let site = try Fixture()
        let s = site.site
        let cases: [(String, String)] = [
            ("/", "the output folder \"/\" is the root of the file system"),
            ("/../", "the output folder \"/../\" is the root of the file system"),
            (site.home + "/", "the output folder \"\(site.home)/\" is your home folder"),
            (s, "the output folder \"\(s)\" is the site folder itself"),
            (s + "/content/..", "the output folder \"\(s)/content/..\" is the site folder itself"),
            (s + "//./", "the output folder \"\(s)//./\" is the site folder itself"),
            (s + "/content", "the output folder \"\(s)/content\" is the site's content/ folder"),
            (s + "/content/news/out", "the output folder \"\(s)/content/news/out\" is inside the site's content/ folder"),
            (s + "/templates/", "the output folder \"\(s)/templates/\" is the site's templates/ folder"),
            (s + "/templates/assets", "the output folder \"\(s)/templates/assets\" is inside the site's templates/ folder"),
            (site.folder.path, "the output folder \"\(site.folder.path)\" contains the site folder"),
        ]
        for (output, message) in cases {
            #expect(site.refusal(output) == OutputLocationError(message: message, hint: Self.hint), "\(output)")
        }
    }

    @Test func linksAreResolvedBeforeComparing() throws {
        let site = try Fixture()
        try site.folder.link("to-content", to: site.site + "/content")
        try site.folder.link("to-site", to: site.site)
        let viaContent = site.folder.path + "/to-content/news"
        #expect(site.refusal(viaContent)?.message == "the output folder \"\(viaContent)\" is inside the site's content/ folder")
        let viaSite = site.folder.path + "/to-site/"
        #expect(site.refusal(viaSite)?.message == "the output folder \"\(viaSite)\" is the site folder itself")
    }

    @Test func aFolderWithForeignFilesIsRefused() throws {
        let site = try Fixture()
        try site.folder.write("home/site/mine/notes.txt", "keep me")
        let output = site.site + "/mine"
        #expect(site.refusal(output) == OutputLocationError(
            message: "the output folder \"\(output)\" is not empty and was not made by khao (it has no .khao-output file)",
            hint: "khao replaces its output folder as a whole: choose a new or empty folder with --output, or empty this one yourself"
        ))
        try site.folder.write("home/site/file.html", "x")
        #expect(site.refusal(site.site + "/file.html")?.message == "the output \"\(site.site)/file.html\" is a file, not a folder")
    }

    @Test func newEmptyAndKhaosOwnFoldersAreAccepted() throws {
        let site = try Fixture()
        let real = URL(fileURLWithPath: site.site).resolvingSymlinksInPath().path
        let output = try site.check(site.site + "/output")
        #expect(output.shown == site.site + "/output")
        #expect(output.path == real + "/output")
        #expect(try site.check(site.site + "/new/deeper/../output/").path == real + "/new/output")
        try FileManager.default.createDirectory(atPath: site.site + "/empty", withIntermediateDirectories: false)
        #expect(try site.check(site.site + "/empty").path == real + "/empty")
        try site.folder.write("home/site/built/.khao-output", "")
        try site.folder.write("home/site/built/index.html", "old")
        #expect(try site.check(site.site + "/built").path == real + "/built")
        // Beside the site, not above it: fine.
        #expect(try site.check(site.home + "/site-output").path == URL(fileURLWithPath: site.home).resolvingSymlinksInPath().path + "/site-output")
    }

    /// Without changing the current folder, which all tests share.
    @Test func aRelativeOutputIsResolvedFromTheCurrentFolder() throws {
        let site = try Fixture()
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        let relative = String(repeating: "../", count: depth) + site.site.dropFirst()
        #expect(site.refusal(relative)?.message == "the output folder \"\(relative)\" is the site folder itself")
        #expect(site.refusal(relative + "/content/")?.message == "the output folder \"\(relative)/content/\" is the site's content/ folder")
    }
}
