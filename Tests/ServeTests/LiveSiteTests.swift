import Foundation
@testable import Serve
import Site
import Testing
import TestSupport

/// The site `khao serve` holds after a writer's edits must be the site a
/// fresh build makes of the same files, byte for byte, whatever was
/// rebuilt on the way.
@Suite("The served site after edits")
struct LiveSiteTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// A copy of the bundled example with its theme, and a live site over it.
    func example() throws -> (TemporaryFolder, LiveSite) {
        let folder = try TemporaryFolder()
        for name in ["content", "templates"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        var options = BuildOptions(siteFolder: folder.path)
        options.jobs = 2
        return (folder, LiveSite(options: options, bundledTheme: []))
    }

    @Test func anEditedBodyRendersOnlyThePagesThatShowItsRelease() throws {
        let (folder, live) = try example()
        guard case .built(let all, _) = live.rebuild() else { Issue.record("the example did not build"); return }
        let release = "content/news/2555/four-bureaus-brainstorm.md"
        try folder.write(release, try folder.text(release) + "\nย่อหน้าใหม่ที่เพิ่มเข้ามา\n")
        guard case .updated(let pages, _) = live.rebuild(changed: [folder.path + "/" + release]) else {
            Issue.record("a body edit was not applied in place")
            return
        }
        // The release, its print version, the lists, archives, tags, bureaus and plan pages that show it, and the releases naming it.
        #expect(pages > 2 && pages < all / 2, "\(pages) of \(all)")
        #expect(String(decoding: live.files.bytes("news/2555/four-bureaus-brainstorm/index.html") ?? [], as: UTF8.self).contains("ย่อหน้าใหม่ที่เพิ่มเข้ามา"))
        #expect(live.refreshSearch() == [])
        try expectFreshBuild(live)

        // A temporary file come and gone changes nothing, nor does a draft just begun.
        #expect(live.rebuild(changed: [folder.path + "/content/news/2555/.release.md.swp"]).isUpdated)
        try folder.write("content/news/2556/draft.md", "---\ntitle: ร่างข่าว\ndate: 2013-01-15T09:00:00+07:00\ndraft: true\n---\n\nร่าง\n")
        guard case .updated(0, _) = live.rebuild(changed: [folder.path + "/content/news/2556/draft.md"]) else {
            Issue.record("a new draft was not left alone")
            return
        }
        try expectFreshBuild(live)
        // A title is shown where the release is: in place too, and so are the
        // English version's links to it.
        try folder.write(release, try folder.text(release).replacingOccurrences(of: "title: ระดมสมอง", with: "title: ประชุมระดมสมอง"))
        #expect(live.rebuild(changed: [folder.path + "/" + release]).isUpdated)
        #expect(live.refreshSearch() == [])
        try expectFreshBuild(live)
        // A new tag makes pages and changes lists: the model is made again,
        // and the pages it changes are rendered again.
        try folder.write(release, try folder.text(release).replacingOccurrences(of: "tags: [", with: "tags: [ป้ายใหม่, "))
        guard case .updated(let tagged, _) = live.rebuild(changed: [folder.path + "/" + release]) else {
            Issue.record("a new tag was not applied without a whole build")
            return
        }
        #expect(tagged < all / 2, "\(tagged) of \(all)")
        #expect(live.files.paths.contains("tags/ป้ายใหม่/index.html"))
        #expect(live.refreshSearch() == [])
        try expectFreshBuild(live)
    }

    @Test func aBrokenReleaseKeepsTheLastGoodSiteUntilItIsFixed() throws {
        let (folder, live) = try example()
        #expect(live.rebuild().isBuilt)
        let release = "content/news/2555/four-bureaus-brainstorm.md"
        let page = "news/2555/four-bureaus-brainstorm/index.html"
        let good = try folder.text(release)
        let served = live.files.bytes(page)
        try folder.write(release, good.replacingOccurrences(of: "title: ระดมสมอง", with: "title: [ระดมสมอง"))
        guard case .failed(let problems) = live.rebuild(changed: [folder.path + "/" + release]) else {
            Issue.record("a broken front matter was not reported")
            return
        }
        #expect(problems.contains("\(release):"), "\(problems)")
        #expect(live.problems == problems)
        #expect(live.files.bytes(page) == served)
        // Another file's change does not hide the broken one.
        try folder.write("content/news/2556/new-release.md", "---\ntitle: ข่าวใหม่\ndate: 2013-01-15T09:00:00+07:00\n---\n\nเนื้อข่าว\n")
        #expect(!live.rebuild(changed: [folder.path + "/content/news/2556/new-release.md"]).isUpdated)
        try folder.write(release, good.replacingOccurrences(of: "title: ระดมสมอง", with: "title: ระดมสมองสี่สำนัก"))
        #expect(live.rebuild(changed: [folder.path + "/" + release]).isUpdated)
        #expect(live.problems == nil)
        #expect(live.files.paths.contains("news/2556/new-release/index.html"))
        #expect(live.refreshSearch() == [])
        try expectFreshBuild(live)
    }

    /// The checks of a whole load hold for an update: a slug another
    /// release has, a standing page at a section of the build's own.
    @Test func anUpdateThatWouldShareAURLFailsUntilItIsFixed() throws {
        let (folder, live) = try example()
        #expect(live.rebuild().isBuilt)
        let release = "content/news/2555/ctt-plan-workshop.md"
        let good = try folder.text(release)
        try folder.write(release, "---\nslug: four-bureaus-brainstorm\n" + good.dropFirst("---\n".count))
        guard case .failed(let problems) = live.rebuild(changed: [folder.path + "/" + release]) else {
            Issue.record("two releases at one URL were not refused")
            return
        }
        #expect(problems.hasPrefix("""
            content/news/2555/four-bureaus-brainstorm.md:1:1: error: duplicate-url: content/news/2555/four-bureaus-brainstorm.md \
            and \(release) would both be published at /news/2555/four-bureaus-brainstorm/
            """), "\(problems)")
        let page = "content/pages/about.md"
        try folder.write(page, "---\nslug: search\n" + (try folder.text(page)).dropFirst("---\n".count))
        guard case .failed(let both) = live.rebuild(changed: [folder.path + "/" + page]) else {
            Issue.record("a standing page at /search/ was not refused")
            return
        }
        #expect(both.contains("content/pages/about.md:1:1: error: duplicate-url: content/pages/about.md would be published at /search/"), "\(both)")
        try folder.write(release, good)
        try FileManager.default.copyItem(atPath: Self.repository.path + "/" + page, toPath: folder.path + "/" + page + ".new")
        try FileManager.default.removeItem(atPath: folder.path + "/" + page)
        try FileManager.default.moveItem(atPath: folder.path + "/" + page + ".new", toPath: folder.path + "/" + page)
        #expect(live.rebuild(changed: [folder.path + "/" + release, folder.path + "/" + page]).isUpdated)
        #expect(live.problems == nil)
        try expectFreshBuild(live)
    }

    @Test func aSequenceOfEditsEndsWhereAFreshBuildDoes() throws {
        let (folder, live) = try example()
        #expect(live.rebuild().isBuilt)
        let release = "content/news/2555/four-bureaus-brainstorm.md"
        let added = "content/news/2556/new-release.md"
        let renamed = "content/news/2556/renamed-release.md"
        let deleted = "content/news/2555/department-40th-anniversary.md"
        let page = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/content/pages").sorted().first)
        // Each edit, the files it changed, and whether the served site can follow it without a whole build.
        let edits: [(String, [String], Bool, () throws -> Void)] = [
            ("an edited body", [release], true, {
                try folder.write(release, try folder.text(release) + "\nย่อหน้าใหม่ที่เพิ่มเข้ามา\n")
            }),
            ("an edited title", [release], true, {
                try folder.write(release, try folder.text(release).replacingOccurrences(of: "title: ระดมสมอง", with: "title: ประชุมระดมสมอง"))
            }),
            ("a new release", [added], true, {
                try folder.write(added, """
                    ---
                    title: ข่าวใหม่ของกรม
                    date: 2013-01-15T09:00:00+07:00
                    bureaus: [ctt]
                    tags: [พัฒนาคน]
                    ---

                    เนื้อข่าวใหม่ ลิงก์ไปยัง[ข่าวระดมสมอง](../2555/four-bureaus-brainstorm.md)
                    """)
            }),
            ("a renamed release", [added, renamed], true, {
                try FileManager.default.moveItem(atPath: folder.path + "/" + added, toPath: folder.path + "/" + renamed)
            }),
            ("a new slug, which a link follows", [release], true, {
                try folder.write(release, "---\nslug: brainstorm\n" + (try folder.text(release)).dropFirst("---\n".count))
            }),
            ("an earlier date", [renamed], true, {
                try folder.write(renamed, try folder.text(renamed).replacingOccurrences(of: "2013-01-15", with: "2012-06-01"))
            }),
            ("other bureaus", [renamed], true, {
                try folder.write(renamed, try folder.text(renamed).replacingOccurrences(of: "bureaus: [ctt]", with: "bureaus: [ctt, fund]"))
            }),
            ("a draft", [renamed], true, {
                try folder.write(renamed, try folder.text(renamed).replacingOccurrences(of: "---\n\n", with: "draft: true\n---\n\n"))
            }),
            ("a deleted release", [deleted], true, {
                try FileManager.default.removeItem(atPath: folder.path + "/" + deleted)
            }),
            ("an edited partial", ["templates/partials/footer.html"], true, {
                let path = "templates/partials/footer.html"
                try folder.write(path, try folder.text(path).replacingOccurrences(of: "</footer>", with: "<p>แก้ไขแล้ว</p></footer>"))
            }),
            ("a new style", ["templates/assets/style.css"], false, {
                let path = "templates/assets/style.css"
                try folder.write(path, try folder.text(path) + "\nmain { margin: 0; }\n")
            }),
            ("an edited standing page", ["content/pages/" + page], true, {
                let path = "content/pages/" + page
                try folder.write(path, try folder.text(path).replacingOccurrences(of: "title: ", with: "title: หน้า "))
            }),
            ("a broken template, then fixed", ["templates/404.html"], true, {
                try folder.write("templates/404.html", "{{ broken")
                guard case .failed(let problems) = live.rebuild(changed: [folder.path + "/templates/404.html"]) else {
                    Issue.record("a broken template was not reported")
                    return
                }
                #expect(problems.hasPrefix("templates/404.html:1:1: error: {{ is never closed with }}"), "\(problems)")
                try FileManager.default.copyItem(atPath: Self.repository.path + "/templates/404.html", toPath: folder.path + "/templates/404.html.new")
                try FileManager.default.removeItem(atPath: folder.path + "/templates/404.html")
                try FileManager.default.moveItem(atPath: folder.path + "/templates/404.html.new", toPath: folder.path + "/templates/404.html")
            }),
        ]
        for (name, paths, inPlace, edit) in edits {
            try edit()
            let outcome = live.rebuild(changed: paths.map { folder.path + "/" + $0 })
            #expect(inPlace ? outcome.isUpdated : outcome.isBuilt, "\(name): \(outcome)")
            if outcome.isUpdated { #expect(live.refreshSearch() == []) }
            try expectFreshBuild(live)
        }
        // The edits above ran through every page; one to a template that a
        // single page uses renders that page alone.
        try folder.write("templates/404.html", try folder.text("templates/404.html") + "\n")
        guard case .updated(1, _) = live.rebuild(changed: [folder.path + "/templates/404.html"]) else {
            Issue.record("an edit to 404.html rendered other pages")
            return
        }
        try expectFreshBuild(live)
        #expect(live.files.paths.contains("news/2555/brainstorm/index.html"))
        #expect(!live.files.paths.contains("news/2555/four-bureaus-brainstorm/index.html"))
        #expect(!live.files.paths.contains("news/2556/renamed-release/index.html"))
        #expect(!live.files.paths.contains("news/2556/new-release/index.html"))
    }

    /// `live` holds what a fresh build of its files makes, byte for byte.
    private func expectFreshBuild(_ live: LiveSite, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fresh = LiveSite(options: live.options, bundledTheme: [])
        #expect(fresh.rebuild().isBuilt, sourceLocation: sourceLocation)
        #expect(live.files.paths == fresh.files.paths, sourceLocation: sourceLocation)
        for path in fresh.files.paths where live.files.bytes(path) != fresh.files.bytes(path) {
            Issue.record("\(path) differs from a fresh build", sourceLocation: sourceLocation)
        }
    }
}

extension LiveSite.Outcome {
    var isBuilt: Bool {
        if case .built = self { return true }
        return false
    }

    var isUpdated: Bool {
        if case .updated = self { return true }
        return false
    }
}
