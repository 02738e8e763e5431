import Foundation
import TestSupport
import Testing

/// quality.md, "Untrusted text stays text" and "No path leaves the output
/// folder": a release whose every field and body carry script, and paths
/// that try to leave the site. Every file the build writes is checked,
/// not only the release's page.
@Suite("Hostile input, end to end")
struct HostileInputTests {
    static let title = "</script><script>alert('t')</script>\"><img src=x onerror=alert(1)> ' onmouseover='alert(2)"

    static let release = """
        ---
        title: "\(title.replacingOccurrences(of: "\"", with: "\\\""))"
        date: 2012-09-22
        summary: "</script><svg onload=alert(3)> & javascript:alert(4) ｊａｖａｓｃｒｉｐｔ:alert(5)"
        tags: ["</script><script>alert(6)</script>", "\\"><b onclick=alert(7)>x</b>"]
        bureaus: [ctt]
        image: chart.svg
        image_alt: "\\"><script>alert(8)</script>"
        ---
        ข่าว <script>alert(9)</script> <svg onload=alert(10)> [a](javascript:alert(11)) [b](data:text/html,<script>alert(12)</script>)

        [c](JAVASCRIPT:alert(13)) [d](&#x6A;avascript:alert(14)) [e](java&#9;script:alert(15)) <a href="javascript:alert(16)">f</a>

        ![g](chart.svg "\\" onerror=\\"alert(17)")

        """

    static let chart = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\"/></svg>"

    /// The tags the bundled theme itself writes, which are the only scripts allowed.
    static let themeScripts = ["<script type=\"application/ld+json\">", "<script src=\"/assets/"]

    @Test func noFileTheBuildWritesCarriesScript() throws {
        let site = try BuildCommandTests.bundledExample()
        try site.write("content/news/2555/hostile/index.md", Self.release)
        try site.write("content/news/2555/hostile/chart.svg", Self.chart)
        try site.write("content/pages/hostile.md", "---\ntitle: \"<iframe src=javascript:alert(18)>\"\n---\n<style>body{}</style>หน้า\n")
        let result = try KhaoProcess.run(["build", "--quiet"], in: site.url, timeLimit: 60)
        try #require(result.status == 0, "\(result.stderr)")

        let output = try BuildCommandTests().tree(site.url.appendingPathComponent("output"))
        for (path, data) in output where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for tag in Self.tags(in: html) {
                let lowered = tag.lowercased()
                if lowered.hasPrefix("<script") {
                    #expect(Self.themeScripts.contains { tag.hasPrefix($0) }, "\(path): \(tag)")
                }
                #expect(!["<iframe", "<img src=x", "<b ", "<object", "<embed"].contains { lowered.hasPrefix($0) }, "\(path): \(tag)")
                #expect(Self.eventAttribute(in: tag) == nil, "\(path): \(tag)")
                for link in Self.links(in: tag) {
                    #expect(!["javascript:", "vbscript:", "data:text/html"].contains { link.hasPrefix($0) }, "\(path): \(tag)")
                }
            }
            // Inside JSON-LD, nothing closes the block early.
            for block in html.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst() {
                let json = block.components(separatedBy: "</script>")[0]
                #expect(!json.contains("<"), "\(path): \(json)")
            }
        }
        // The payloads show as text where people read them.
        let page = String(decoding: try #require(output["news/2555/hostile/index.html"]), as: UTF8.self)
        #expect(page.contains("&lt;/script&gt;&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39; onmouseover=&#39;alert(2)"))
        #expect(!page.contains("body{}") && !page.contains("<svg onload"))
        #expect(page.contains("<p>ข่าว alert(9)  a b</p>"))
        #expect(page.contains("<p>c d e f</p>"))
        #expect(page.contains("alt=\"&quot;&gt;&lt;script&gt;alert(8)&lt;/script&gt;\""))
        let print = String(decoding: try #require(output["news/2555/hostile/print/index.html"]), as: UTF8.self)
        #expect(print.contains("&lt;/script&gt;&lt;script&gt;alert(&#39;t&#39;)"))
        // Feeds and the sitemap are XML: escaped there too.
        for feed in ["feed.xml", "atom.xml", "sitemap.xml"] {
            let xml = String(decoding: try #require(output[feed]), as: UTF8.self)
            #expect(!xml.contains("<script") && !xml.contains("<img src=x") && !xml.contains("<svg"), "\(feed)")
        }
        let atom = String(decoding: try #require(output["atom.xml"]), as: UTF8.self)
        #expect(atom.contains("&lt;/script&gt;&lt;script&gt;alert('t')&lt;/script&gt;") || atom.contains("&lt;/script&gt;&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"))
        // The search files and the JSON feed are data: the title as a JSON
        // string, which the search script puts in as text (no innerHTML).
        let meta = output.filter { $0.key.hasPrefix("search/m.") }.map { String(decoding: $0.value, as: UTF8.self) }.joined()
        #expect(meta.contains(#""<\/script><script>alert('t')<\/script>\"><img src=x onerror=alert(1)> ' onmouseover='alert(2)""#))
        let script = String(decoding: try #require(output.first { $0.key.hasPrefix("assets/search.") && $0.key.hasSuffix(".js") }?.value), as: UTF8.self)
        #expect(!script.contains("innerHTML") && !script.contains("insertAdjacentHTML") && !script.contains("document.write"))
    }

    @Test func anSVGWithScriptIsRefused() throws {
        let site = try BuildCommandTests.bundledExample()
        try site.write("content/news/2555/hostile/index.md", "---\ntitle: ภาพ\ndate: 2012-09-22\n---\n![แผนภูมิ](chart.svg)\n")
        try site.write("content/news/2555/hostile/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")
        try site.write("content/files/logo.svg", "<svg><script>alert(2)</script></svg>")
        let result = try KhaoProcess.run(["build"], in: site.url, timeLimit: 60)
        #expect(result.status == 1)
        #expect(result.stderr.contains(
            "content/files/logo.svg: error: svg-script: this SVG carries a <script> element, which would run on the site's own address when the file is opened"))
        #expect(result.stderr.contains(
            "content/news/2555/hostile/chart.svg: error: svg-script: this SVG carries an event attribute (onload=), which would run on the site's own address when the file is opened"))
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("output").path))
    }

    /// Slugs are confined, paths out of the site refused, and links under
    /// content/ that lead out of it not followed: nothing lands outside
    /// `output/`, and nothing from outside the site lands in it.
    @Test func noPathLeavesTheSite() throws {
        let site = try BuildCommandTests.bundledExample()
        try site.write("content/news/2555/escape.md", "---\ntitle: หนี\ndate: 2012-09-22\nslug: ../../../../../x\n---\nเนื้อ\n")
        try site.link("content/news/outside", to: "/etc")
        try site.link("content/news/2555/passwd.png", to: "/etc/passwd")
        let before = try FileManager.default.subpathsOfDirectory(atPath: site.url.path)
        let result = try KhaoProcess.run(["build", "--quiet"], in: site.url, timeLimit: 60)
        try #require(result.status == 0, "\(result.stderr)")
        // The links are said, so that nobody wonders where the files went.
        let said = "warning: link-outside: this is a link to a place outside content/, which the build does not follow: nothing of it is published"
        #expect(result.stderr.contains("content/news/2555/passwd.png: \(said)"), "\(result.stderr)")
        #expect(result.stderr.contains("content/news/outside: \(said)"), "\(result.stderr)")
        let after = try FileManager.default.subpathsOfDirectory(atPath: site.url.path)
        #expect(Set(after).subtracting(before).filter { !$0.hasPrefix("output") } == [])
        let output = try BuildCommandTests().tree(site.url.appendingPathComponent("output"))
        #expect(output["news/2555/x/index.html"] != nil)
        #expect(output.keys.filter { $0.contains("passwd") || $0.contains("outside") || $0.hasPrefix("x/") } == [])

        try site.write("content/news/2555/escape.md", "---\ntitle: หนี\ndate: 2012-09-22\nimage: ../../../../../etc/passwd\nimage_alt: x\n---\n")
        try site.write("content/news/2555/link.md", "---\ntitle: ลิงก์\ndate: 2012-09-22\n---\n[y](../../../../../etc/shadow) [z](escape.md)\n")
        let refused = try KhaoProcess.run(["build"], in: site.url, timeLimit: 60)
        #expect(refused.status == 1)
        // Both, in one run; the link to the release left out is not an error of its own.
        #expect(refused.stderr.hasPrefix("""
            content/news/2555/escape.md:4:8: error: missing-image: the image "../../../../../etc/passwd" is not beside the release
            """))
        #expect(refused.stderr.contains("content/news/2555/link.md:5:1: error: broken-link: the link \"../../../../../etc/shadow\" leads out of content/"))
        #expect(refused.stderr.hasSuffix("2 errors, 2 warnings\n"), "\(refused.stderr)")
    }

    /// Every tag of `html` (`<name …>`), outside comments.
    static func tags(in html: String) -> [String] {
        var tags = [String]()
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            guard let first = after.first, first.isLetter, let close = after.firstIndex(of: ">") else {
                rest = after
                continue
            }
            tags.append(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return tags
    }

    /// The values of the attributes of `tag` that browsers follow as
    /// links, lowercased and without white space (as browsers read them).
    static func links(in tag: String) -> [String] {
        ["href", "src", "action", "formaction", "xlink:href", "data", "poster"].flatMap { name in
            tag.components(separatedBy: " \(name)=\"").dropFirst().map { value in
                String(value.prefix { $0 != "\"" }.filter { !$0.isWhitespace }).lowercased()
            }
        }
    }

    /// The name of an `on…` attribute of `tag`, outside quoted values.
    static func eventAttribute(in tag: String) -> String? {
        var quote: Character?
        var previous: Character = "<"
        var index = tag.startIndex
        while index < tag.endIndex {
            let character = tag[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if previous.isWhitespace, tag[index...].lowercased().hasPrefix("on") {
                let name = tag[index...].prefix { $0.isLetter }
                if tag[index...].dropFirst(name.count).drop(while: \.isWhitespace).first == "=" { return String(name) }
            }
            previous = character
            index = tag.index(after: index)
        }
        return nil
    }
}
