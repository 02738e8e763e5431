import Foundation
import Testing
@testable import Templates

@Suite("Loading templates from folders")
struct TemplateFolderTests {
    /// A temporary folder with files, removed at the end.
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("khao-templates-\(UUID().uuidString)").path

        deinit { try? FileManager.default.removeItem(atPath: path) }

        func write(_ name: String, _ text: String) throws {
            try write(name, bytes: Array(text.utf8))
        }

        func write(_ name: String, bytes: [UInt8]) throws {
            let file = path + "/" + name
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: file))
        }
    }

    @Test func theSitesTemplatesOverrideTheThemeOneByOne() throws {
        let site = Folder(), theme = Folder()
        try theme.write("base.html", "<theme>{% block main %}{% endblock %}</theme>")
        try theme.write("news/item.html", "{% extends \"base.html\" %}{% block main %}theme item{% endblock %}")
        try site.write("news/item.html", "{% extends \"base.html\" %}{% block main %}site item{% endblock %}")
        let set = try TemplateSet(folders: [site.path, theme.path])
        #expect(set.names == ["base.html", "news/item.html"])
        #expect(try set.render("news/item.html", [:], environment: bangkok) == "<theme>site item</theme>")
    }

    @Test func assetsHiddenFilesAndOtherKindsAreNotTemplates() throws {
        let theme = Folder()
        for name in ["page.html", "feed.xml", "search.json", "robots.txt", "assets/app.js", "assets/x.html", ".draft.html",
                     "_notes/a.html", "page.html~", "style.css", "logo.png"] {
            try theme.write(name, "x")
        }
        #expect(TemplateSet.templateNames(in: theme.path) == ["feed.xml", "page.html", "robots.txt", "search.json"])
    }

    @Test func aFileThatIsNotUTF8IsAnError() throws {
        let theme = Folder()
        try theme.write("bad.html", bytes: [0x3C, 0xFF, 0x3E])
        try theme.write("broken.html", "{% if %}")
        do {
            _ = try TemplateSet(folders: [theme.path])
            Issue.record("loading should fail")
        } catch {
            #expect(error.errors.map(\.message) == ["this template is not valid UTF-8", "an expression is missing here"])
        }
    }
}
