/// How printing one document went.
public struct PrintResult: Sendable {
    public let job: PrintJob
    /// Nil when the PDF was written.
    public let failure: PrintFailure?
    /// How many times the browser printed the document: 1, or 2 or 3 for a
    /// document with a contents list to number (see ``PrintRun``); fewer
    /// when a print failed.
    public let passes: Int
    /// The time from reading the document to writing its PDF, for `--metrics`.
    public let duration: Duration

    public init(job: PrintJob, failure: PrintFailure?, passes: Int, duration: Duration) {
        self.job = job
        self.failure = failure
        self.passes = passes
        self.duration = duration
    }
}
