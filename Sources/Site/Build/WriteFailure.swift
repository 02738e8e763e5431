import Content
import Diagnostics

extension Diagnostic {
    /// A file of the site that could not be written (or copied) into the
    /// output, in the system's words: `cannot be written: the disk is full`.
    static func writeFailure(_ error: any Error, path: String, copying: Bool = false) -> Diagnostic {
        let reason = (error as? FileError)?.reason ?? "cannot be \(copying ? "copied" : "written"): \(error)"
        return .error(reason, path: path, code: "io")
    }
}
