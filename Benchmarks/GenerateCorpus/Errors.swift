/// A command line `bench-corpus` cannot run: exit status 2.
struct UsageError: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}

/// A corpus that cannot be written (the example unreadable, the folder taken): exit status 1.
struct CorpusError: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
