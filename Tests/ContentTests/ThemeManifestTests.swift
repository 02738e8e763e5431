import Content
import Testing

@Suite("The theme manifest")
struct ThemeManifestTests {
    @Test func fontsAreReadInOrderWithOneOrManySources() throws {
        let (manifest, problems) = ThemeManifest.load("""
            fonts:
              fonts/a.ttf: /usr/share/fonts/a.ttf
              fonts/b.ttf: [/first/b.ttf, /second/b.ttf]
            """, path: "templates/theme.yaml")
        #expect(problems.isEmpty)
        #expect(try #require(manifest).fonts == [
            .init(name: "fonts/a.ttf", sources: ["/usr/share/fonts/a.ttf"]),
            .init(name: "fonts/b.ttf", sources: ["/first/b.ttf", "/second/b.ttf"]),
        ])
    }

    @Test(arguments: [
        ("fonts:\n  ../a.ttf: /a.ttf\n", "templates/theme.yaml:2:3: a font's name must be a path under assets/"),
        ("fonts:\n  fonts/a.ttf: []\n", "templates/theme.yaml:2:16: \"fonts/a.ttf\" needs the font files to copy it from"),
        ("fonts: [a.ttf]\n", "templates/theme.yaml:1:8: \"fonts\" must map asset names to font files"),
        ("font:\n  a.ttf: /a.ttf\n", "templates/theme.yaml:1:1: unknown key \"font\" in the theme manifest"),
    ])
    func mistakesAreErrorsAtTheirPlace(text: String, expected: String) {
        let (manifest, problems) = ThemeManifest.load(text, path: "templates/theme.yaml")
        #expect(manifest == nil)
        #expect(problems.map { "\($0.path):\($0.line ?? 0):\($0.column ?? 0): \($0.message)" } == [expected])
    }
}
