import Foundation
import TestSupport
import Testing

/// `khao pdf` on the bundled example, each PDF checked with poppler's
/// pdfinfo and pdftotext (print.md: "Checked by printing with headless
/// Chromium, pdftotext giving back the source text").
@Suite("khao pdf, end to end", .serialized, .enabled(if: Poppler.available && Browser.chromium != nil, "needs chromium and poppler-utils"))
struct PdfCommandTests {
    static let release = "news/2555/four-bureaus-brainstorm"

    @Test func printsEveryDocumentOnA4WithTheSourceTextAndRealPageNumbers() throws {
        let site = try BuildCommandTests.bundledExample()
        let result = try KhaoProcess.run(["pdf", "--quiet"], in: site.url)
        try #require(result.status == 0, "\(result.stderr)")
        let pdf = site.url.appendingPathComponent("output/pdf")

        // Every PDF is A4; every print document has one, of a sane length.
        let written = try FileManager.default.subpathsOfDirectory(atPath: pdf.path).filter { $0.hasSuffix(".pdf") }
        #expect(written.count == 10)
        for name in written {
            #expect(try Poppler.info(pdf.appendingPathComponent(name).path)["Page size"]?.hasSuffix("(A4)") == true, "\(name)")
        }
        let expected = ["briefs/2556.pdf": 6...20, "briefs/2556/ctt.pdf": 2...4, "briefs/2556/cbd.pdf": 2...4, "briefs/2556/cpd.pdf": 2...4,
                        "briefs/2556/fund.pdf": 2...4, "\(Self.release.dropFirst("news/".count)).pdf": 1...4]
        for (name, pages) in expected {
            let path = pdf.appendingPathComponent(name.hasPrefix("briefs") ? name : "news/" + name).path
            let info = try Poppler.info(path)
            #expect(info["Page size"]?.hasSuffix("(A4)") == true, "\(name): \(info["Page size"] ?? "none")")
            #expect(pages.contains(Int(info["Pages"] ?? "") ?? 0), "\(name): \(info["Pages"] ?? "none") pages")
        }

        // The release: every paragraph of its source, page numbers from page 2.
        let releasePDF = pdf.appendingPathComponent("\(Self.release).pdf").path
        let text = try Poppler.text(releasePDF)
        let folded = Self.fold(text.replacingOccurrences(of: #"-\s*[๐-๙]+\s*-"#, with: "", options: .regularExpression))
        let source = try String(contentsOf: BuildCommandTests.repository.appendingPathComponent("content/\(Self.release).md"), encoding: .utf8)
        let body = source.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
        let paragraphs = body.components(separatedBy: "\n\n").map(Self.fold).filter { !$0.isEmpty }
        #expect(paragraphs.count >= 4)
        for paragraph in paragraphs {
            #expect(folded.contains(paragraph), "\(paragraph.prefix(40))…")
        }
        // `- ๒ -` at the top of page 2 (pdftotext drops its spaces), nothing on page 1.
        #expect(Self.fold(try Poppler.text(releasePDF, page: 2)).hasPrefix("-๒-"))
        #expect(Self.fold(try Poppler.text(releasePDF, page: 1)).hasPrefix("ข่าว"))

        // The brief: its grand total is the plan's, its contents point at
        // the pages its sections start on.
        let brief = pdf.appendingPathComponent("briefs/2556.pdf").path
        // plan.yaml declares the total, and the build refuses a plan whose
        // projects do not add up to it.
        let plan = try String(contentsOf: BuildCommandTests.repository.appendingPathComponent("content/plans/2556/plan.yaml"), encoding: .utf8)
        let declared = try #require(plan.split(separator: "\n").first { $0.hasPrefix("  total: ") }.flatMap { Int($0.dropFirst("  total: ".count)) })
        let grouped = declared.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
        #expect(try Poppler.text(brief).contains("รวมทั้งสิ้น") && Poppler.text(brief).contains(grouped), "\(grouped)")
        let destinations = try Poppler.destinations(brief)
        #expect(destinations.keys.sorted() == ["budget", "chain", "kpis", "matrix", "news", "projects", "summary"])
        let contents = try Poppler.text(brief, page: 2)
        let headings = [("summary", "สรุปภาพรวม"), ("chain", "ห่วงโซ่การทำงาน"), ("budget", "งบประมาณ"), ("projects", "โครงการตามยุทธศาสตร์"),
                        ("matrix", "การทำงานร่วมกันระหว่างหน่วยงาน"), ("kpis", "ตัวชี้วัด"), ("news", "ข่าวที่เกี่ยวข้อง")]
        for (number, (id, heading)) in zip(1..., headings) {
            let page = try #require(destinations[id], "\(id)")
            let entry = "\(number). \(heading)"
            let line = contents.split(separator: "\n").first { $0.contains(entry) }
            #expect(line?.hasSuffix(Self.thaiDigits(page)) == true, "\(entry): \(line ?? "no line")")
            #expect(try Poppler.text(brief, page: page).contains(entry), "\(entry) is not on page \(page)")
        }

        // The screen views link their PDFs.
        #expect(try site.text("output/briefs/2556/index.html").contains("<a href=\"/pdf/briefs/2556.pdf\">ดาวน์โหลด PDF</a>"))
        #expect(try site.text("output/\(Self.release)/print/index.html").contains("<a href=\"/pdf/\(Self.release).pdf\">"))
    }

    @Test func aMissingChromiumIsAClearErrorAndExitsTwo() throws {
        let site = try BuildCommandTests.bundledExample()
        let result = try KhaoProcess.run(["pdf", "--chromium", "/nonexistent/chromium"], in: site.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("apt-get install chromium"))
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("output").path))
    }

    /// NFC, without white space: pdftotext breaks lines and spaces marks.
    static func fold(_ text: String) -> String {
        String(text.precomposedStringWithCanonicalMapping.unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    static func thaiDigits(_ number: Int) -> String {
        String(String(number).unicodeScalars.map { Character(Unicode.Scalar($0.value - 48 + 0x0E50)!) })
    }
}

/// poppler-utils, which `.ci/run` installs.
enum Poppler {
    static let available = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

    static func info(_ path: String) throws -> [String: String] {
        var fields = [String: String]()
        for line in try run("/usr/bin/pdfinfo", [path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// The text of the whole PDF, or of one page.
    static func text(_ path: String, page: Int? = nil) throws -> String {
        let pages = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try run("/usr/bin/pdftotext", pages + ["-layout", path, "-"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Named destination → page, from `pdfinfo -dests`.
    static func destinations(_ path: String) throws -> [String: Int] {
        var pages = [String: Int]()
        for line in try run("/usr/bin/pdfinfo", ["-dests", path]).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let page = fields.first.flatMap({ Int($0) }), let name = line.split(separator: "\"").dropFirst().first else { continue }
            pages[String(name)] = page
        }
        return pages
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
