import Foundation
import TestSupport
import Testing
@testable import Templates

@Suite("Loading templates from folders")
struct TemplateFolderTests {
    @Test func theSitesTemplatesOverrideTheThemeOneByOne() throws {
        let site = try TemporaryFolder(), theme = try TemporaryFolder()
        try theme.write("base.html", "<theme>{% block main %}{% endblock %}</theme>")
        try theme.write("news/item.html", "{% extends \"base.html\" %}{% block main %}theme item{% endblock %}")
        try site.write("news/item.html", "{% extends \"base.html\" %}{% block main %}site item{% endblock %}")
        let set = try TemplateSet(folders: [site.path, theme.path])
        #expect(set.names == ["base.html", "news/item.html"])
        #expect(try set.render("news/item.html", [:], environment: bangkok) == "<theme>site item</theme>")
    }

    @Test func assetsHiddenFilesAndOtherKindsAreNotTemplates() throws {
        let theme = try TemporaryFolder()
        for name in ["page.html", "feed.xml", "search.json", "robots.txt", "assets/app.js", "assets/x.html", ".draft.html",
                     "_notes/a.html", "page.html~", "style.css", "logo.png"] {
            try theme.write(name, "x")
        }
        #expect(TemplateSet.templateNames(in: theme.path) == ["feed.xml", "page.html", "robots.txt", "search.json"])
    }

    @Test func aFileThatIsNotUTF8IsAnError() throws {
        let theme = try TemporaryFolder()
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
