import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How long each stage of a build took (`--metrics`), in the order they
/// ran: on the clock and in CPU time of all threads (so a stage that keeps
/// every core busy shows CPU time of about its seconds times the cores),
/// and the most memory the process had held when each ended.
public struct StageTimes: Sendable {
    public private(set) var stages: [(name: String, seconds: Double, cpuSeconds: Double, peakBytes: Int)] = []
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
        let startCPU = Usage.now().cpuSeconds
        defer {
            let end = Usage.now()
            stages.append((stage.rawValue, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, end.cpuSeconds - startCPU, end.peakBytes))
        }
        return try work()
    }

    /// The process's CPU time (user and system, all threads) and peak
    /// resident memory so far.
    private struct Usage {
        var cpuSeconds = 0.0
        var peakBytes = 0

        static func now() -> Usage {
            var usage = rusage()
            #if os(Linux)
            guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return Usage() }
            let peakBytes = usage.ru_maxrss * 1024  // kilobytes there
            #else
            guard getrusage(RUSAGE_SELF, &usage) == 0 else { return Usage() }
            let peakBytes = usage.ru_maxrss
            #endif
            func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
            return Usage(cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakBytes: peakBytes)
        }
    }

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }
    public var totalCPU: Double { stages.reduce(0) { $0 + $1.cpuSeconds } }
}
