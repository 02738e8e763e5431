import BundledFiles
import Content
@testable import embed_files
import Foundation
import Testing
import TestSupport

@Suite("Bundled theme and example site")
struct BundledFilesTests {
    /// The repository root, found from this file (Tests/SiteTests/…).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The files under `folder` that a site does not ignore, as the
    /// embedding should carry them, found with `SourceFiles.isIgnored`.
    static func expected(under folder: String, prefix: String) throws -> [BundledFile] {
        guard SourceFiles.isFolder(folder) else { return [] }
        var files = [BundledFile]()
        let walker = FileManager.default.enumerator(atPath: folder)
        while let relative = walker?.nextObject() as? String {
            let path = folder + "/" + relative
            let name = (relative as NSString).lastPathComponent
            if SourceFiles.isIgnored(name: name) {
                walker?.skipDescendants()
                continue
            }
            if walker?.fileAttributes?[.type] as? FileAttributeType == .typeRegular {
                files.append(BundledFile(path: prefix + relative, bytes: try SourceFiles.read(path)))
            }
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    @Test func theExampleSiteIsEveryFileOfContentWithItsExactBytes() throws {
        let expected = try Self.expected(under: Self.repository + "/content", prefix: "content/")
        #expect(!expected.isEmpty)
        #expect(Bundled.exampleSite.map(\.path) == expected.map(\.path))
        #expect(Bundled.exampleSite == expected)
        #expect(Bundled.exampleSite.contains { $0.path == "content/site.yaml" })
    }

    @Test func theThemeIsEveryFileOfTemplatesWithItsExactBytes() throws {
        let expected = try Self.expected(under: Self.repository + "/templates", prefix: "")
        #expect(Bundled.theme.map(\.path) == expected.map(\.path))
        #expect(Bundled.theme == expected)
    }

    @Test func pathsAreSortedByTheirBytesAndRelative() {
        for files in [Bundled.theme, Bundled.exampleSite] {
            let paths = files.map(\.path)
            #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            #expect(Set(paths).count == paths.count)
            #expect(paths.allSatisfy { !$0.hasPrefix("/") && !$0.split(separator: "/").contains("..") })
        }
    }

    @Test func noIgnoredNameIsEmbedded() {
        for file in Bundled.theme + Bundled.exampleSite {
            for component in file.path.split(separator: "/") {
                #expect(!SourceFiles.isIgnored(name: String(component)), "\(file.path)")
            }
        }
    }

    /// The tool keeps a copy of the rule (it is built before Content):
    /// both must agree on every kind of name.
    @Test func theToolsIgnoreRuleIsTheSitesRule() {
        let names = [
            "index.md", ".hidden", "_draft.md", "_", ".", "..", "backup~", "x.swp", "x.swpx", "#autosave#", "#", "##",
            "#open", "close#", "a.md~", "ข่าว.md", "_ข่าว", "ข่าว~", "normal_name.md", "with.dot.md", "~tilde", "swp",
        ]
        for name in names {
            #expect(IgnoredNames.contains(name) == SourceFiles.isIgnored(name: name), "\(name)")
        }
        var random = SplitMix(seed: 5)
        let alphabet = Array("._#~swpaก-")
        for _ in 0..<2_000 {
            let name = String((0..<Int.random(in: 1...6, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" })
            #expect(IgnoredNames.contains(name) == SourceFiles.isIgnored(name: name), "\(name)")
        }
    }

    @Test func theGeneratorQuotesPathsAsSwiftLiterals() {
        #expect(GeneratedSource.literal("news/ข่าว.md") == "\"news/ข่าว.md\"")
        #expect(GeneratedSource.literal("a\"b\\c\nd\u{7F}") == "\"a\\\"b\\\\c\\u{a}d\\u{7f}\"")
    }

    @Test func theToolListsFilesSortedAndSkipsIgnoredNamesAndLinks() throws {
        let folder = try TemporaryFolder()
        for name in ["b.html", "a/z.html", "a/_draft.html", "_partials/x.html", ".git/config", "c.html~", "ก.html", "B.html"] {
            try folder.write(name, "x")
        }
        try folder.link("link.html", to: folder.path + "/b.html")
        #expect(try FolderFiles.relativePaths(in: folder.path) == ["B.html", "a/z.html", "b.html", "ก.html"])
        #expect(try FolderFiles.relativePaths(in: folder.path + "/missing") == [])
    }
}
