/// The exit codes of the command-line contract (cli.md).
enum ExitStatus: Int32, Error {
    /// Success; warnings are allowed.
    case success = 0
    /// The site has errors: content, plans, templates or links.
    case siteErrors = 1
    /// A usage error, or a required tool is missing.
    case usage = 2
    /// An I/O or internal error.
    case ioFailure = 3
}
