import Content
import Dispatch
import Foundation
import Site
import Synchronization
import Testing
import TestSupport

@Suite("Writing the output through a stage")
struct OutputStageTests {
    /// A site folder and the output folder beside its content.
    struct Fixture {
        let folder: TemporaryFolder
        var site: String { folder.path + "/site" }
        var output: String { site + "/output" }

        init() throws {
            folder = try TemporaryFolder()
            try folder.write("site/content/site.yaml", "title: x\n")
        }

        func stage() throws -> OutputStage {
            try OutputStage(replacing: try OutputLocation.check(output, site: site, home: nil))
        }

        /// Every file under `path`, relative, with its text.
        func tree(_ path: String, prefix: String = "") throws -> [String: String] {
            var files = [String: String]()
            guard let folder = opendir(path) else { throw FileError(path: path, reason: "cannot be listed") }
            defer { closedir(folder) }
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard name != ".", name != ".." else { continue }
                if Int32(entry.pointee.d_type) == Int32(DT_DIR) {
                    files.merge(try tree(path + "/" + name, prefix: prefix + name + "/")) { first, _ in first }
                } else {
                    // Not SourceFiles.read: its growth step costs a millisecond a file in debug builds.
                    let bytes = FileManager.default.contents(atPath: path + "/" + name) ?? Data("unreadable".utf8)
                    files[prefix + name] = String(decoding: bytes, as: UTF8.self)
                }
            }
            return files
        }

        /// The names beside the output, stages included.
        func siblings() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: site).sorted()
        }

        func build(_ files: [String: String]) throws {
            let stage = try stage()
            for (path, text) in files {
                try stage.write(path, Array(text.utf8))
            }
            try stage.commit()
        }
    }

    static let marker = "This folder was written by khao, which deletes and replaces it on every build.\nDo not keep your own files here.\n"

    @Test func nestedFilesAreCommittedOntoAMissingOutput() throws {
        let site = try Fixture()
        let stage = try site.stage()
        #expect(stage.path.hasPrefix(site.site + "/.output.khao-new-"))
        try stage.write("index.html", Array("home".utf8))
        try stage.write("news/2555/ข่าว/index.html", Data("ข่าว".utf8))
        try stage.write("assets/css/style.css", [UInt8]())
        #expect(!FileManager.default.fileExists(atPath: site.output))
        try stage.commit()
        #expect(try site.tree(site.output) == [
            ".khao-output": Self.marker, "index.html": "home", "news/2555/ข่าว/index.html": "ข่าว", "assets/css/style.css": "",
        ])
        #expect(try site.siblings() == ["content", "output"])
        var status = stat()
        #expect(stat(site.output, &status) == 0 && status.st_mode & 0o777 == 0o755)
    }

    @Test func committingReplacesTheWholeOldOutput() throws {
        let site = try Fixture()
        try site.build(["old.html": "old", "news/old/index.html": "old", "same.html": "1"])
        try site.build(["new.html": "new", "same.html": "2"])
        #expect(try site.tree(site.output) == [".khao-output": Self.marker, "new.html": "new", "same.html": "2"])
        #expect(try site.siblings() == ["content", "output"])
    }

    @Test func anOutputThatIsALinkStaysALinkToTheNewBuild() throws {
        let site = try Fixture()
        try FileManager.default.createDirectory(atPath: site.folder.path + "/served", withIntermediateDirectories: false)
        try site.folder.link("site/output", to: site.folder.path + "/served")
        try site.build(["index.html": "new"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site.output) == site.folder.path + "/served")
        #expect(try site.tree(site.folder.path + "/served") == [".khao-output": Self.marker, "index.html": "new"])
    }

    @Test func twoThousandFilesFromManyThreadsAtOnce() throws {
        let site = try Fixture()
        let stage = try site.stage()
        let failures = Mutex<[FileError]>([])
        DispatchQueue.concurrentPerform(iterations: 2_000) { index in
            do throws(FileError) {
                try stage.write("news/\(index % 7)/\(index % 13)/item-\(index).html", Array("page \(index)".utf8))
            } catch {
                failures.withLock { $0.append(error) }
            }
        }
        #expect(failures.withLock { $0 } == [])
        try stage.commit()
        var expected = [".khao-output": Self.marker]
        for index in 0..<2_000 {
            expected["news/\(index % 7)/\(index % 13)/item-\(index).html"] = "page \(index)"
        }
        #expect(try site.tree(site.output) == expected)
    }

    @Test func pathsThatCouldLeaveTheStageAreRefused() throws {
        let site = try Fixture()
        let stage = try site.stage()
        let refused: [(String, String)] = [
            ("", "is empty"),
            ("/etc/passwd", "is absolute; paths in the output are relative to it"),
            ("../escape.html", "has a `.` or `..` part"),
            ("news/../../escape.html", "has a `.` or `..` part"),
            ("news/..", "has a `.` or `..` part"),
            ("./index.html", "has a `.` or `..` part"),
            ("news/./index.html", "has a `.` or `..` part"),
            ("news//index.html", "has an empty part (`//` or a trailing `/`)"),
            ("news/", "has an empty part (`//` or a trailing `/`)"),
            ("..\\escape.html", "contains a backslash"),
            // A combining mark makes the backslash part of one grapheme, which a check by Character misses.
            ("news\\\u{0301}escape.html", "contains a backslash"),
            ("index.html\0.png", "contains a NUL character"),
            (".khao-output", "is the name of khao's own marker file"),
            (".khao-stage", "is the name of khao's own marker file"),
        ]
        for (path, reason) in refused {
            #expect(throws: FileError(path: path, reason: "cannot be written into the output: the path \(reason)")) {
                try stage.write(path, [UInt8]("x".utf8))
            }
        }
        stage.abandon()
        #expect(try site.siblings() == ["content"])
        #expect(try site.tree(site.folder.path) == ["site/content/site.yaml": "title: x\n"])
    }

    @Test func linksPlantedInTheStageAreNeverFollowed() throws {
        let site = try Fixture()
        let outside = site.folder.path + "/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: false)
        let stage = try site.stage()
        try FileManager.default.createSymbolicLink(atPath: stage.path + "/news", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: stage.path + "/index.html", withDestinationPath: outside + "/index.html")
        #expect(throws: FileError(path: site.output + "/news", reason: "is in the way: a file or a link, not a folder")) {
            try stage.write("news/x/index.html", [UInt8]("x".utf8))
        }
        #expect(throws: FileError(path: site.output + "/index.html", reason: "already exists (written twice in one build, or a link is in the way)")) {
            try stage.write("index.html", [UInt8]("x".utf8))
        }
        try site.folder.write("attachment.pdf", "pdf")
        try site.folder.link("linked.pdf", to: site.folder.path + "/attachment.pdf")
        #expect(throws: FileError(path: site.folder.path + "/linked.pdf", reason: "cannot be read: it is a symbolic link")) {
            try stage.copy(from: site.folder.path + "/linked.pdf", to: "linked.pdf")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside) == [])
    }

    @Test func aFileWrittenTwiceIsAnError() throws {
        let site = try Fixture()
        let stage = try site.stage()
        try stage.write("index.html", [UInt8]("one".utf8))
        #expect(throws: FileError(path: site.output + "/index.html", reason: "already exists (written twice in one build, or a link is in the way)")) {
            try stage.write("index.html", [UInt8]("two".utf8))
        }
    }

    @Test func attachmentsAreCopiedByteForByte() throws {
        let site = try Fixture()
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try site.folder.write("site/content/news/report.pdf", bytes: bytes)
        let stage = try site.stage()
        try stage.copy(from: site.site + "/content/news/report.pdf", to: "news/report.pdf")
        try stage.commit()
        #expect(try SourceFiles.read(site.output + "/news/report.pdf") == bytes)
    }

    @Test func anAbandonedOrFailedBuildLeavesTheOldOutputUntouched() throws {
        let site = try Fixture()
        try site.build(["index.html": "old", "news/a/index.html": "old"])
        let before = try site.tree(site.output)

        let abandoned = try site.stage()
        try abandoned.write("index.html", [UInt8]("new".utf8))
        abandoned.abandon()
        #expect(try site.tree(site.output) == before)
        #expect(try site.siblings() == ["content", "output"])

        // A write fails halfway; the stage is dropped without a commit.
        do {
            let failing = try site.stage()
            try failing.write("index.html", [UInt8]("new".utf8))
            #expect(throws: FileError.self) { try failing.write("../index.html", [UInt8]("x".utf8)) }
        }
        #expect(try site.tree(site.output) == before)
        #expect(try site.siblings() == ["content", "output"])
    }

    @Test func aStageIsCommittedOrAbandonedOnce() throws {
        let site = try Fixture()
        let stage = try site.stage()
        try stage.commit()
        #expect(throws: FileError(path: site.output, reason: "was already committed or abandoned")) { try stage.commit() }
        stage.abandon()
        #expect(FileManager.default.fileExists(atPath: site.output + "/.khao-output"))
    }

    @Test func stagesLeftByKilledRunsAreDeletedAndOthersKept() throws {
        let site = try Fixture()
        // A killed run's stage and a killed run's old output carry a marker;
        // a folder of the same pattern without one is not khao's.
        try site.folder.write("site/.output.khao-new-dead/.khao-stage", "")
        try site.folder.write("site/.output.khao-new-dead/news/index.html", "half")
        try site.folder.write("site/.output.khao-new-old/.khao-output", "")
        try site.folder.write("site/.output.khao-new-foreign/notes.txt", "mine")
        try site.folder.write("site/.other.khao-new-dead/.khao-stage", "")
        let live = try site.stage()
        try live.write("index.html", [UInt8]("live".utf8))

        let second = try site.stage()
        let names = try site.siblings()
        #expect(names.contains((live.path as NSString).lastPathComponent))
        #expect(names.contains((second.path as NSString).lastPathComponent))
        #expect(names.contains(".output.khao-new-foreign"))
        #expect(names.contains(".other.khao-new-dead"))
        #expect(!names.contains(".output.khao-new-dead"))
        #expect(!names.contains(".output.khao-new-old"))
        second.abandon()
        try live.commit()
        #expect(try site.tree(site.output) == [".khao-output": Self.marker, "index.html": "live"])
    }

    @Test(.enabled(if: ReadOnlyFolder.canMake()))
    func aReadOnlyParentFolderIsAClearError() throws {
        let site = try Fixture()
        let parent = site.folder.path + "/locked"
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: false)
        let reason = try ReadOnlyFolder.make(parent)
        defer { ReadOnlyFolder.undo(parent) }
        let output = parent + "/output"
        #expect(throws: FileError(path: output, reason: "cannot make a build folder beside it: \(reason)")) {
            try OutputStage(replacing: try OutputLocation.check(output, site: site.site, home: nil))
        }
    }
}
