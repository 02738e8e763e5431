import Foundation

/// The target chosen by `KHAO_FUZZ_TARGET`: libFuzzer owns the command line.
let target: FuzzTarget? = ProcessInfo.processInfo.environment["KHAO_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:))

#if KHAO_FUZZING
/// libFuzzer's entry point (built by scripts/fuzz with `--sanitize fuzzer`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let target else { fatalError("set KHAO_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))") }
    target.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
/// Without libFuzzer: runs each file named on the command line through the
/// target once, to replay a crash or a corpus in an ordinary build.
@main
struct Replay {
    static func main() throws {
        guard let target else {
            FileHandle.standardError.write(Data("usage: KHAO_FUZZ_TARGET=\(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) khao-fuzz FILE...\n".utf8))
            exit(2)
        }
        for path in CommandLine.arguments.dropFirst() {
            target.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        }
    }
}
#endif
