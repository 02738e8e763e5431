@testable import Site
import Testing

@Suite("Site module")
struct SiteModuleTests {
    @Test func builds() {
        #expect(String(describing: SiteModule.self) == "SiteModule")
    }
}
