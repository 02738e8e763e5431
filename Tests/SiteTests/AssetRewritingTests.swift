@testable import Site
import Testing
import Thai

@Suite("Fingerprinted assets")
struct AssetRewritingTests {
    @Test func namesCarryTheHashOfTheirBytesAndStylesheetsPointAtThem() {
        let font: [UInt8] = Array("font bytes".utf8)
        let css = Array(#"@font-face { src: url("fonts/a.ttf") } .x { background: url(logo.png) }"#.utf8)
        let logo: [UInt8] = [1, 2, 3]
        let (names, files) = AssetRewriting.fingerprint([("style.css", css), ("fonts/a.ttf", font), ("logo.png", logo)])
        let fontName = "fonts/a.\(StableHash(font).hex(digits: 8)).ttf"
        let logoName = "logo.\(StableHash(logo).hex(digits: 8)).png"
        #expect(names["fonts/a.ttf"] == "/assets/" + fontName)
        #expect(names["logo.png"] == "/assets/" + logoName)
        let rewritten = #"@font-face { src: url("\#(fontName)") } .x { background: url(\#(logoName)) }"#
        let styleName = "style.\(StableHash(rewritten.utf8).hex(digits: 8)).css"
        #expect(names["style.css"] == "/assets/" + styleName)
        #expect(files.map(\.path) == ["assets/" + fontName, "assets/" + logoName, "assets/" + styleName].sorted())
        #expect(files.first { $0.path == "assets/" + styleName }.map { String(decoding: $0.bytes, as: UTF8.self) } == rewritten)
    }
}
