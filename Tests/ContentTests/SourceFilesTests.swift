@testable import Content
import Foundation
import TestSupport
import Testing

typealias Folder = TemporaryFolder

extension TemporaryFolder {
    /// A file with some text, when the text does not matter.
    func write(_ name: String) throws {
        try write(name, "x\n")
    }
}

@Suite("Finding and writing site files")
struct SourceFilesTests {
    @Test func textFilesAreListedInOrderAndIgnoredNamesSkipped() throws {
        let folder = try TemporaryFolder()
        for name in [
            "site.yaml", "news/2555/b.md", "news/2555/a.md", "plans/2556/projects.csv", "pages/about.md",
            "news/2555/photo.jpg", "news/2555/.hidden.md", "news/2555/_draft.md", "news/2555/a.md~",
            "news/2555/.a.md.swp", "_notes/idea.md", "news/2555/#a.md#",
        ] {
            try folder.write(name)
        }
        let files = try SourceFiles.textFiles(under: folder.path).map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(files == ["news/2555/a.md", "news/2555/b.md", "pages/about.md", "plans/2556/projects.csv", "site.yaml"])
    }

    @Test func linksOutOfTheFolderAreNotFollowedAndLoopsEnd() throws {
        let outside = try TemporaryFolder()
        try outside.write("secret.md")
        let folder = try TemporaryFolder()
        try folder.write("news/a.md")
        try folder.link("news/escape", to: outside.path)
        try folder.link("news/escape.md", to: outside.path + "/secret.md")
        try folder.link("news/loop", to: folder.path + "/news")
        let files = try SourceFiles.textFiles(under: folder.path).map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(files == ["news/a.md"])
        // The links left out are named, for a warning; the loop inside is not one of them.
        let walked = try SourceFiles.walk(under: folder.path)
        #expect(walked.linksOut.map { String($0.dropFirst(folder.path.count + 1)) } == ["news/escape", "news/escape.md"])
    }

    @Test func readingAMissingFileSaysSo() throws {
        let folder = try TemporaryFolder()
        #expect(throws: FileError(path: folder.path + "/nope.md", reason: "no such file")) {
            try SourceFiles.read(folder.path + "/nope.md")
        }
        #expect(throws: FileError(path: folder.path, reason: "is a folder")) {
            try SourceFiles.read(folder.path)
        }
    }

    /// With an unnamed file (Linux), and with a hidden temporary name (elsewhere).
    @Test(arguments: [true, false])
    func anAtomicWriteReplacesTheFileKeepsItsModeAndLeavesNoTemporaryFile(unnamed: Bool) throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", "old\n")
        let path = folder.path + "/a.md"
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try AtomicFile.replaceContents(of: path, with: Array("ใหม่\n".utf8), unnamed: unnamed)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "ใหม่\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.md"])
    }

    @Test func anAtomicWriteThroughALinkChangesTheFileAndKeepsTheLink() throws {
        let folder = try TemporaryFolder()
        try folder.write("real.md", "old\n")
        try folder.link("link.md", to: folder.path + "/real.md")
        try AtomicFile.replaceContents(of: folder.path + "/link.md", with: Array("ใหม่\n".utf8))
        #expect(try String(contentsOfFile: folder.path + "/real.md", encoding: .utf8) == "ใหม่\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/link.md") == folder.path + "/real.md")
    }

    @Test(arguments: [true, false])
    func aNewFileIsWrittenWholeAndNeverOverAnotherOne(unnamed: Bool) throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/new.md"
        #expect(try AtomicFile.createNew(at: path, with: Array("ข่าวใหม่\n".utf8), unnamed: unnamed))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "ข่าวใหม่\n")
        #expect(try !AtomicFile.createNew(at: path, with: Array("อื่น\n".utf8), unnamed: unnamed))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "ข่าวใหม่\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["new.md"])
    }

    @Test func aFailedAtomicWriteLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        #expect(throws: FileError.self) {
            try AtomicFile.replaceContents(of: folder.path + "/missing/a.md", with: [0x41])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

@Suite("A normalize run")
struct SourceNormalizationRunTests {
    @Test func foldersExpandAndEachFileHasAnOutcome() throws {
        let folder = try TemporaryFolder()
        try folder.write("content/a.md", "น\u{0E4D}\u{0E32}\n")
        try folder.write("content/b.md", "ดี\n")
        let run = SourceNormalizationRun(paths: [folder.path + "/content", folder.path + "/gone.md"], write: false)
        #expect(run.sources.map { $0.path.hasSuffix("content/a.md") } == [true, false])
        #expect(run.sources.map(\.changed) == [true, false])
        #expect(run.fileErrors == [FileError(path: folder.path + "/gone.md", reason: "no such file")])
        #expect(run.written.isEmpty)
        #expect(try String(contentsOfFile: folder.path + "/content/a.md", encoding: .utf8) == "น\u{0E4D}\u{0E32}\n")
    }

    @Test func writeTouchesOnlyChangedFilesWithoutErrors() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", "น\u{0E4D}\u{0E32}\n")
        try folder.write("b.md", "ดี\n")
        try Data([0x41, 0xFF]).write(to: URL(fileURLWithPath: folder.path + "/c.md"))
        let run = SourceNormalizationRun(paths: [folder.path], write: true)
        #expect(run.written == [folder.path + "/a.md"])
        #expect(try String(contentsOfFile: folder.path + "/a.md", encoding: .utf8) == "นำ\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/c.md")) == Data([0x41, 0xFF]))
    }
}
