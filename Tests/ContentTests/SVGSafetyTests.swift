import Content
import Testing

/// An SVG attachment is a document that runs its script when opened by its
/// own address: what could run is found, what drawings hold is not.
@Suite("SVG safety")
struct SVGSafetyTests {
    static let unsafe: [(svg: String, found: String)] = [
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "a <script> element"),
        ("<svg><SCRIPT xlink:href=\"x.js\"/></svg>", "a <script> element"),
        ("<svg width=\"10\" onload=\"alert(1)\"></svg>", "an event attribute (onload=)"),
        ("<svg><rect\nOnClick='x()'/></svg>", "an event attribute (onclick=)"),
        ("<svg><a href=\"javascript:alert(1)\"><text>x</text></a></svg>", "a link to \"javascript:alert(1)\""),
        ("<svg><a xlink:href=\" java\tscript:alert(1)\">x</a></svg>", "a link to \" java\tscript:alert(1)\""),
        ("<svg><a href=\"&#106;avascript:alert(1)\">x</a></svg>", "a link to \"&#106;avascript:alert(1)\""),
        ("<svg><image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/></svg>", "a link to \"data:image/svg+xml;base64,PHN2Zz4=\""),
        ("<svg><foreignObject><div>x</div></foreignObject></svg>", "a <foreignObject> element"),
    ]

    @Test func whatCouldRunIsFound() {
        for (svg, found) in Self.unsafe {
            #expect(SVGSafety.script(in: Array(svg.utf8)) == found, "\(svg)")
        }
    }

    /// What drawing programs write: an XML declaration, comments, styles,
    /// links inside the drawing, embedded PNG, and text about events.
    @Test func aDrawingIsLeftAlone() {
        let drawing = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Created with Inkscape; no <script> here -->
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="64" height="64">
              <defs><linearGradient id="g"><stop offset="0" style="stop-color:#0a0"/></linearGradient></defs>
              <rect width="64" height="64" fill="url(#g)"/><use xlink:href="#g"/>
              <image href="data:image/png;base64,iVBORw0KGgo=" width="8" height="8"/>
              <text x="4" y="40">onload = สหกรณ์</text>
            </svg>
            """
        #expect(SVGSafety.script(in: Array(drawing.utf8)) == nil)
        #expect(SVGSafety.script(in: []) == nil)
        #expect(SVGSafety.script(in: Array("<svg><a href=\"".utf8)) == "a link to \"\"")
    }
}
