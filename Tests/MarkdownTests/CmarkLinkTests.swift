import CCmark
import Testing

@Suite("libcmark")
struct CmarkLinkTests {
    @Test func theSystemLibraryIsLinked() {
        #expect(String(cString: cmark_version_string()) == "0.30.2")
    }
}
