import Markdown
import Testing

/// The resolver reports missing targets at the positions given here, so they
/// must be file positions of the link's opening `[` (`![`, `<`), in scalars.
@Suite("Markdown: link positions")
struct LinkPositionTests {
    func positions(_ markdown: String, firstLine: Int = 1) -> [String] {
        links(in: markdown, firstLine: firstLine).map { "\($0.destination)@\($0.line):\($0.column)" }
    }

    @Test func thaiLineInFileCoordinates() {
        #expect(positions("ข่าว [หนึ่ง](a.md) และ ![รูป](b.png)", firstLine: 9) == ["a.md@9:6", "b.png@9:24"])
    }

    @Test func multiLineParagraph() {
        #expect(positions("first line\nsecond [x](x.md) line\n  third [y](y.md)", firstLine: 5)
                == ["x.md@6:8", "y.md@7:9"])
    }

    @Test func blockQuotesAndListsIncludingLazyLines() {
        let markdown = """
            > quote [q](q.md)
            continued [c](c.md)
            >   more [m](m.md)

            - item [i](i.md)
              next [n](n.md)
                1. nested [k](k.md)
            > ก
            > ข่าว [ก](th.md)
            """
        #expect(positions(markdown, firstLine: 20) == [
            "q.md@20:9", "c.md@21:11", "m.md@22:10", "i.md@24:8", "n.md@25:8", "k.md@26:15", "th.md@28:8",
        ])
    }

    @Test func referenceLinksAreReportedWhereUsed() {
        let markdown = "See [the plan][plan] and [plan].\n\n[plan]: ../2556/plan.md"
        #expect(positions(markdown, firstLine: 3) == ["../2556/plan.md@3:5", "../2556/plan.md@3:26"])
    }

    @Test func afterHardBreaksMultiLineCodeAndTitles() {
        #expect(positions("x\\\n[a](a)  \ny  \nz [b](b)") == ["a@2:1", "b@4:3"])
        #expect(positions("a `code\nspan` [cs](cs)") == ["cs@2:7"])
        #expect(positions("a [t](u\n\"title\") [after](v)") == ["u@1:3", "v@2:10"])
    }

    @Test func headingsAutolinksNestingAndTabs() {
        #expect(positions("## head [h](h)", firstLine: 2) == ["h@2:9"])
        #expect(positions("see <https://x.th> and [l](l)\n  <https://y.th>") == [
            "https://x.th@1:5", "l@1:24", "https://y.th@2:3",
        ])
        #expect(positions("[![i](i.png)](l)") == ["l@1:1", "i.png@1:2"])
        #expect(positions("-\tfoo [x](y)") == ["y@1:7"])
        #expect(positions("[x] [y](y) [z](z)") == ["y@1:5", "z@1:12"])
    }
}
