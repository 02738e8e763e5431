import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `khao` with the exit codes of the command-line contract: usage
/// errors exit with 2 (swift-argument-parser's own default is 64).
@main
enum EntryPoint {
    static func main() {
        let command: ParsableCommand
        do {
            command = try Khao.parseAsRoot()
        } catch {
            if Khao.exitCode(for: error) == .validationFailure {
                Terminal.error(Khao.fullMessage(for: error))
                exit(ExitStatus.usage.rawValue)
            }
            Khao.exit(withError: error)
        }
        do {
            var command = command
            try command.run()
        } catch let status as ExitStatus {
            exit(status.rawValue)
        } catch {
            Khao.exit(withError: error)
        }
    }
}
