import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How long each stage of a build took (`--metrics`), in the order they
/// ran, and the most memory the process had held when each ended.
public struct StageTimes: Sendable {
    public private(set) var stages: [(name: String, seconds: Double, peakBytes: Int)] = []
    /// Render time summed per template, slowest first once sorted.
    public internal(set) var templates: [String: Double] = [:]

    /// Told the name of each stage as it starts, for a progress line.
    private let progress: (@Sendable (BuildStage) -> Void)?

    public init(progress: (@Sendable (BuildStage) -> Void)? = nil) {
        self.progress = progress
    }

    /// Runs `work` as `stage`, timing it.
    public mutating func measure<T, Failure: Error>(_ stage: BuildStage, _ work: () throws(Failure) -> T) throws(Failure) -> T {
        progress?(stage)
        let start = DispatchTime.now().uptimeNanoseconds
        defer { stages.append((stage.rawValue, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, Self.peakBytes())) }
        return try work()
    }

    /// The process's peak resident memory so far.
    private static func peakBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return usage.ru_maxrss * 1024  // kilobytes there
        #else
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return usage.ru_maxrss
        #endif
    }

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }
}
