import Testing
import Thai

/// Slugs for the names of new files (`khao new`), cut to a length.
@Suite("New files: slugs cut to a length")
struct NewFileSlugTests {
    @Test func aSlugWithinTheLimitIsTheWholeSlug() {
        #expect(Slug.make("ระดมสมอง 4 หน่วยงาน", maximumUTF8: 120) == Slug.make("ระดมสมอง 4 หน่วยงาน"))
    }

    @Test func aLongSlugIsCutAfterTheLastWholeWordThatFits() throws {
        // 51 bytes; the next word, ใน, would make it 57.
        let cut = try #require(Slug.make("ระดมสมอง 4 หน่วยงานในสังกัดกรมส่งเสริมสหกรณ์", maximumUTF8: 56))
        #expect(Array(cut.unicodeScalars) == Array("ระดมสมอง-4-หน่วยงาน".unicodeScalars))
    }

    @Test func aFirstWordLongerThanTheLimitIsCutBetweenGraphemes() throws {
        let cut = try #require(Slug.make("abcdefghij", maximumUTF8: 4))
        #expect(cut == "abcd")
        // ที่ is one grapheme of three scalars (nine bytes): it stays whole.
        #expect(Slug.make("ที่ดิน", maximumUTF8: 12).map { Array($0.unicodeScalars) } == Array("ที่".unicodeScalars))
        #expect(Slug.make("ที่ดิน", maximumUTF8: 8) == nil)
    }
}
