import Foundation

/// A folder nobody may write in, root included (the tests run as root in
/// CI, and root ignores permission bits): mode 0555, and as root also the
/// file system's immutable flag (`chattr +i`).
enum ReadOnlyFolder {
    /// Makes `path` read-only; returns the reason a write there fails with.
    static func make(_ path: String) throws -> String {
        chmod(path, 0o555)
        guard geteuid() == 0 else { return "permission denied" }
        guard chattr("+i", path) else { throw CocoaError(.fileWriteNoPermission) }
        return "the operation is not permitted"
    }

    static func undo(_ path: String) {
        if geteuid() == 0 { _ = chattr("-i", path) }
        chmod(path, 0o755)
    }

    /// False where neither works (root on a file system without the flag).
    static func canMake() -> Bool {
        guard geteuid() == 0 else { return true }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("khao-immutable-\(UUID().uuidString)").path
        guard mkdir(probe, 0o755) == 0 else { return false }
        defer { rmdir(probe) }
        guard chattr("+i", probe) else { return false }
        _ = chattr("-i", probe)
        return true
    }

    private static func chattr(_ flag: String, _ path: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
