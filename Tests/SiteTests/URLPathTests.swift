import Site
import Testing

@Suite("Percent-encoded site paths")
struct URLPathTests {
    @Test func thaiIsEncodedAsUTF8BytesAndSlashesAndUnreservedStay() {
        #expect(URLPath.percentEncoded("/tags/สหกรณ์/") == "/tags/%E0%B8%AA%E0%B8%AB%E0%B8%81%E0%B8%A3%E0%B8%93%E0%B9%8C/")
        #expect(URLPath.percentEncoded("/news/2555/A-b_c.d~e/") == "/news/2555/A-b_c.d~e/")
    }

    @Test func everythingElseIsEncoded() {
        #expect(URLPath.percentEncoded("/a b?c#d%e&f+g:h") == "/a%20b%3Fc%23d%25e%26f%2Bg%3Ah")
        #expect(URLPath.percentEncoded("") == "")
    }

    @Test func absoluteJoinsWithOneSlash() {
        #expect(URLPath.absolute("/tags/ข่าว/", base: "https://www.cpd.go.th/") == "https://www.cpd.go.th/tags/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/")
        #expect(URLPath.absolute("/feed.xml", base: "https://www.cpd.go.th") == "https://www.cpd.go.th/feed.xml")
        #expect(URLPath.absolute("feed.xml", base: "https://example.org/khao/") == "https://example.org/khao/feed.xml")
        #expect(URLPath.absolute("/", base: "https://www.cpd.go.th/") == "https://www.cpd.go.th/")
    }
}
