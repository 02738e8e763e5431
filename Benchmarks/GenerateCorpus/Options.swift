import Foundation

/// What `bench-corpus` is asked to write.
struct Options {
    static let usage = """
        usage: bench-corpus --count N --out DIR [--seed S] [--example DIR]
               bench-corpus --version   (the generator version corpus-manifest.json records)
          --count N      releases to generate
          --out DIR      the site folder to write (DIR/content/…, DIR/corpus-manifest.json); DIR/content must not exist
          --seed S       a whole number (default 42): the same seed writes the same files, byte for byte
          --example DIR  the content folder whose site.yaml, pages/ and plans/ are copied
                         (default: the content/ folder of the Khao package this was built from)
        """

    var count: Int
    var output: URL
    var seed: UInt64 = 42
    var example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../content").standardized

    init(_ arguments: [String]) throws(UsageError) {
        var count: Int?
        var output: URL?
        var rest = arguments[...]
        while let option = rest.popFirst() {
            guard let value = rest.popFirst() else { throw UsageError("\(option) needs a value") }
            switch option {
            case "--count":
                guard let number = Int(value), number >= 0 else { throw UsageError("--count must be a whole number, not \"\(value)\"") }
                count = number
            case "--out":
                output = URL(fileURLWithPath: value)
            case "--seed":
                guard let number = UInt64(value) else { throw UsageError("--seed must be a whole number, not \"\(value)\"") }
                seed = number
            case "--example":
                example = URL(fileURLWithPath: value)
            default:
                throw UsageError("unknown option \(option)")
            }
        }
        guard let count, let output else { throw UsageError("--count and --out are required") }
        self.count = count
        self.output = output
    }
}
