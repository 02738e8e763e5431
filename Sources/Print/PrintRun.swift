import Dispatch
import Foundation
import Synchronization

/// Prints documents to PDF, several at a time, with real page numbers in
/// their contents lists.
///
/// A document with a ``ContentsPages`` placeholder is printed more than
/// once: pass 1 gives the page of each section (``PDFDestinations``), the
/// numbers are written into a copy of the HTML beside it (so its relative
/// links still work; deleted afterwards), and the copy is printed. The
/// numbers take room, and in a long title they can wrap a line and move a
/// section to the next page, so the copy's PDF is read again and, when a
/// page moved, printed once more with the new numbers: at most
/// ``maximumPasses`` prints.
public struct PrintRun: Sendable {
    public let chromium: Chromium
    /// The digits of the contents' page numbers.
    public let digits: ContentsPages.Digits
    /// How many documents print at once: each is a browser of its own.
    public let jobs: Int
    /// The address the browser loads a document file from: its `file://`
    /// URL, or its address on a local server (which `khao pdf` uses, so
    /// that links from the site's root work as on the web).
    public let address: @Sendable (URL) -> URL

    /// Prints of one document at most: pass 1, then the numbered copy twice.
    public static let maximumPasses = 3

    public init(chromium: Chromium, digits: ContentsPages.Digits, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                address: @escaping @Sendable (URL) -> URL = { $0 }) {
        self.chromium = chromium
        self.digits = digits
        self.jobs = max(1, jobs)
        self.address = address
    }

    /// Prints every job; the results are in the order of `printJobs`,
    /// whatever order they finish in. A failed document does not stop the others.
    public func print(_ printJobs: [PrintJob]) -> [PrintResult] {
        let results = Mutex<[PrintResult?]>(Array(repeating: nil, count: printJobs.count))
        let next = Atomic<Int>(0)
        // Each thread takes the next document when it is free, so one long
        // brief does not leave a core idle.
        DispatchQueue.concurrentPerform(iterations: min(jobs, printJobs.count)) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < printJobs.count else { return }
                let result = print(printJobs[index])
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// Prints one job, timed.
    public func print(_ job: PrintJob) -> PrintResult {
        let clock = ContinuousClock()
        let start = clock.now
        var passes = 0
        var failure: PrintFailure?
        do {
            try print(job, passes: &passes)
        } catch {
            failure = error
        }
        return PrintResult(job: job, failure: failure, passes: passes, duration: clock.now - start)
    }

    private func print(_ job: PrintJob, passes: inout Int) throws(PrintFailure) {
        let shown = job.document.path
        let html: String
        do {
            html = String(decoding: try Data(contentsOf: job.document), as: UTF8.self)
        } catch {
            throw PrintFailure(document: shown, reason: "cannot read it: \(error.localizedDescription)")
        }
        var pdf = try chromium.pdf(of: address(job.document), shown: shown)
        passes = 1
        if ContentsPages.hasPlaceholders(html) {
            let copy = job.document.deletingLastPathComponent()
                .appendingPathComponent(".\(job.document.lastPathComponent).khao-pages-\(UUID().uuidString).html")
            defer { try? FileManager.default.removeItem(at: copy) }
            var pages = try destinations(in: pdf, of: shown, pass: passes)
            while passes < Self.maximumPasses {
                try write(Data(ContentsPages.fill(html, pages: pages, digits: digits).utf8), to: copy, of: shown)
                do {
                    pdf = try chromium.pdf(of: address(copy), shown: shown)
                } catch {
                    // Named after the document: the copy is gone by the time the user reads this.
                    throw PrintFailure(document: shown, reason: "pass \(passes + 1): \(error.reason)", stderr: error.stderr)
                }
                passes += 1
                let printed = try destinations(in: pdf, of: shown, pass: passes)
                if printed == pages { break }
                pages = printed
            }
        }
        try write(pdf, to: job.pdf, of: shown)
    }

    private func destinations(in pdf: Data, of document: String, pass: Int) throws(PrintFailure) -> [String: Int] {
        do {
            return try PDFDestinations.pages(in: pdf)
        } catch {
            throw PrintFailure(document: document, reason: "cannot read the pages of its sections in the PDF of pass \(pass): \(error.message)")
        }
    }

    /// Writes `data` whole or not at all, making the file's folders.
    private func write(_ data: Data, to file: URL, of document: String) throws(PrintFailure) {
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file, options: .atomic)
        } catch {
            throw PrintFailure(document: document, reason: "cannot write \(file.path): \(error.localizedDescription)")
        }
    }
}
