/// The names the tool leaves out, a copy of `SourceFiles.isIgnored(name:)`:
/// this tool runs during the build, before the `Content` module exists, so
/// it cannot import it. A test in SiteTests checks that both rules agree.
enum IgnoredNames {
    /// True for hidden files, names starting with `_`, and editor backups.
    static func contains(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("_") || name.hasSuffix("~") || name.hasSuffix(".swp")
            || (name.hasPrefix("#") && name.hasSuffix("#"))
    }
}
