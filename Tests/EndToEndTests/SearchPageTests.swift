import Foundation
import TestSupport
import Testing

/// The search page in a real browser: the bundled example built with
/// `khao build`, served on 127.0.0.1, queried in headless Chromium.
@Suite("Search in a browser", .serialized)
struct SearchPageTests {
    static let release = "/news/2555/four-bureaus-brainstorm/"

    @Test func theDepartmentsReleaseIsFoundByItsWordsAndNonsenseFindsNothing() throws {
        let site = try BuildCommandTests.bundledExample()
        let build = try KhaoProcess.run(["build"], in: site.url)
        try #require(build.status == 0, "\(build.stderr)")
        let server = try StaticServer(folder: site.url.appendingPathComponent("output"), scratch: site)
        defer { server.stop() }

        // Five words of its body only (not its title, tags or bureaus).
        for word in ["ปลูกฝัง", "พี่เลี้ยง", "เบ็ดเสร็จ", "ทศวรรษ", "สถาปนา"] {
            #expect(try results(for: word, server).contains(Self.release), "\(word)")
        }
        // Two words; a bureau's name; a word ICU cuts differently alone (บูรณ|า|การ).
        for query in ["เครือข่าย เข้มแข็ง", "สำนักบริหารเงินทุน", "บูรณาการ", "กรมส่งเสริมสหกรณ์ประชุม"] {
            #expect(try results(for: query, server).contains(Self.release), "\(query)")
        }
        // Typed as old keyboards type: ํ + า for ำ, a tone before its vowel.
        #expect(try results(for: "ด\u{0E4D}าเนินงาน", server).contains(Self.release))
        #expect(try results(for: "ท\u{0E48}\u{0E35}", server).contains(Self.release))
        // โครง is in the release only inside longer words (โครงการ): listed
        // apart, under its own heading.
        let inside = try dom(for: "โครง", server)
        #expect(links(in: inside, list: "search-inside-results").contains(Self.release))
        #expect(!links(in: inside).contains(Self.release))
        #expect(inside.contains("<section id=\"search-inside\" class=\"search-inside\" aria-labelledby=\"search-inside-heading\">"))
        for nonsense in ["qqqzzz", "ฬฬฬฮฮ"] {
            let page = try dom(for: nonsense, server)
            #expect(links(in: page) == [], "\(nonsense)")
            #expect(page.contains("ไม่พบหน้าที่มีคำว่า"))
        }
    }

    @Test func theFormWorksWithoutJavaScript() throws {
        let site = try BuildCommandTests.bundledExample()
        try #require(try KhaoProcess.run(["build"], in: site.url).status == 0)
        let page = try site.text("output/search/index.html")
        #expect(page.contains("<form class=\"search-form\" role=\"search\" action=\"/search/\" method=\"get\""))
        #expect(page.contains("<label for=\"search-query\">"))
        #expect(page.contains("ต้องใช้เบราว์เซอร์ที่เปิดใช้ JavaScript"))
        #expect(try site.text("output/index.html").contains("<form class=\"header-search\" role=\"search\" action=\"/search/\""))
    }

    @Test func aWordBeingTypedMatchesTheWordsItBegins() throws {
        let site = try BuildCommandTests.bundledExample()
        try #require(try KhaoProcess.run(["build", "--quiet"], in: site.url).status == 0)
        let output = site.url.appendingPathComponent("output")
        // The search page in a frame, typed into as a reader would (input
        // events, no submit), and what it then shows. ทศวร is no word: it
        // begins ทศวรรษ, of the release's body.
        let script = """
              const frame = document.createElement("iframe");
              frame.src = "/search/";
              const loaded = new Promise(function (done) { frame.onload = done; });
              document.body.appendChild(frame);
              await loaded;
              const page = frame.contentDocument;
              const seen = {};
              for (const typed of ["ทศวร", "ทศวร "]) {
                const input = page.getElementById("search-query");
                input.value = typed;
                input.dispatchEvent(new Event("input"));
                await new Promise(function (done) { setTimeout(done, 1500); });
                seen[typed] = {
                  links: Array.from(page.querySelectorAll("#search-results a")).map(function (a) { return a.getAttribute("href"); }),
                  status: page.getElementById("search-status").textContent,
                  query: new URLSearchParams(frame.contentWindow.location.search).get("q"),
                };
              }
              return seen;
            """
        let seen = try #require(try Browser.evaluate(script, in: output, scratch: site, budget: 10000) as? [String: [String: Any]],
                                "the typing page did not finish")
        // While typing, the word matches ทศวรรษ; the URL follows, the count is announced.
        #expect((seen["ทศวร"]?["links"] as? [String])?.contains(Self.release) == true)
        #expect(seen["ทศวร"]?["query"] as? String == "ทศวร")
        #expect((seen["ทศวร"]?["status"] as? String)?.hasPrefix("พบ ") == true)
        // After a space the word is whole, and no page has it.
        #expect(seen["ทศวร "]?["links"] as? [String] == [])
        #expect((seen["ทศวร "]?["status"] as? String)?.contains("ไม่พบ") == true)
    }

    private func dom(for query: String, _ server: StaticServer) throws -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&+=")
        let encoded = query.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        return try Browser.dump("http://127.0.0.1:\(server.port)/search/?q=\(encoded)", scratch: server.scratch)
    }

    private func results(for query: String, _ server: StaticServer) throws -> [String] {
        links(in: try dom(for: query, server))
    }

    /// The links of a result list: the whole-word matches, or `search-inside-results`.
    private func links(in page: String, list: String = "search-results") -> [String] {
        guard let start = page.range(of: "<ol id=\"\(list)\""),
              let end = page.range(of: "</ol>", range: start.upperBound..<page.endIndex) else { return [] }
        return page[start.upperBound..<end.lowerBound].components(separatedBy: "<a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
