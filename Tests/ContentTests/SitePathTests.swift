@testable import Content
import Testing

@Suite("Site paths")
struct SitePathTests {
    @Test(arguments: [
        ("news/2555/a.md", "a.md", "news/2555"),
        ("a.md", "a.md", ""),
        ("news/", "news", "news"),
        ("ข่าว/ประชุม.md", "ประชุม.md", "ข่าว"),
        ("/", "", ""),
    ])
    func lastComponentAndParent(path: String, last: String, parent: String) {
        #expect(SitePath.lastComponent(path) == last)
        #expect(SitePath.parent(path) == parent)
    }

    @Test(arguments: [
        ("a.md", "a", "md"),
        ("archive.tar.GZ", "archive.tar", "GZ"),
        (".hidden", ".hidden", nil),
        ("README", "README", nil),
        ("การประชุม.md", "การประชุม", "md"),
    ] as [(String, String, String?)])
    func extensions(name: String, stem: String, pathExtension: String?) {
        #expect(SitePath.removingExtension(name[...]) == stem)
        #expect(SitePath.pathExtension(name[...]).map(String.init) == pathExtension)
    }

    @Test(arguments: [
        ("content/news/2555/a.MD", SourceKind.markdown), ("plan.yml", .yaml), ("projects.CSV", .csv),
        ("notes.txt", .text), ("photo.jpg", nil), (".md", nil), ("content.md/photo", nil),
    ] as [(String, SourceKind?)])
    func kindsByExtension(path: String, kind: SourceKind?) {
        #expect(SourceKind(path: path) == kind)
    }
}
