import Foundation
@testable import Serve
import Testing
import TestSupport

/// What a request may reach (quality.md): files inside the served tree only.
@Suite("Request targets and the files they reach")
struct RequestPathTests {
    @Test(arguments: [
        ("/", "/", ""), ("/news/2555/", "/", "news/2555"), ("/assets/style.css?v=1#top", "/", "assets/style.css"),
        ("/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/", "/", "ข่าว"), ("/khao/news/", "/khao/", "news"), ("//news//a.html", "/", "news/a.html"),
    ])
    func aTargetInsideTheSiteNamesItsFile(target: String, mount: String, file: String) {
        #expect(RequestPath.file(target, mount: mount) == file)
    }

    @Test(arguments: ["/../secret", "/%2e%2e/secret", "/%2E%2E%2Fsecret", "/news/..%5c..%5csecret", "/a%00b", "/./index.html",
                      "/news/%2e/x", "/%ff%fe", "/news/"])
    func aTargetThatCouldLeaveTheSiteNamesNothing(target: String) {
        #expect(RequestPath.file(target, mount: target == "/news/" ? "/khao/" : "/") == nil, "\(target)")
    }

    @Test func aFolderSiteServesOnlyRegularFilesInsideItsFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("site/index.html", "home")
        try folder.write("site/news/index.html", "news")
        try folder.write("secret.txt", "secret")
        try folder.link("site/out.txt", to: folder.path + "/secret.txt")
        try folder.link("site/inside.txt", to: folder.path + "/site/index.html")
        let site = FolderSite(root: folder.url.appendingPathComponent("site"), basePath: "/")
        #expect(site.bytes("index.html") == Array("home".utf8))
        #expect(site.bytes("inside.txt") == Array("home".utf8))
        #expect(site.bytes("out.txt") == nil)
        #expect(site.bytes("news") == nil)
        #expect(site.isFolder("news") && !site.isFolder("index.html"))
    }

    @Test func theReloadScriptGoesBeforeTheLastBodyEnd() {
        let page = LiveReload.inject(into: Array("<p>a</p></BODY></html>".utf8))
        #expect(String(decoding: page, as: UTF8.self) == "<p>a</p>" + LiveReload.script + "</BODY></html>")
        #expect(String(decoding: LiveReload.inject(into: Array("<p>".utf8)), as: UTF8.self) == "<p>" + LiveReload.script)
    }
}
