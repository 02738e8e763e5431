import Dispatch
import Markdown
import Testing

/// The site renders every page on all cores at once.
@Suite("Markdown: many threads")
struct ConcurrencyTests {
    @Test func sameResultsFromManyThreadsAtOnce() throws {
        var documents = try ["ctt-plan-workshop", "four-bureaus-brainstorm"].map { try body(ofFixture: $0) }
        for seed in UInt64(1)...30 {
            var generator = MarkdownGenerator(seed: seed)
            documents.append("## หัวข้อ\n\n" + generator.document() + "\n\n![รูป](a.png)")
        }
        let inputs = documents
        let expected = inputs.map(Self.render)
        let results = Results(count: inputs.count * 8)
        DispatchQueue.concurrentPerform(iterations: inputs.count * 8) { index in
            results.store(Self.render(inputs[index % inputs.count]), at: index)
        }
        for (index, result) in results.values.enumerated() {
            #expect(result == expected[index % inputs.count])
        }
    }

    static func render(_ markdown: String) -> RenderedMarkdown {
        Markdown.render(markdown, firstLine: 7) { link in
            link.kind == .image ? .image(url: link.destination, width: link.line, height: link.column) : .keep
        }
    }
}

/// One slot per iteration; each written by one thread, read after all finished.
private final class Results: @unchecked Sendable {
    private var slots: [RenderedMarkdown?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: RenderedMarkdown, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    var values: [RenderedMarkdown?] { slots }
}
