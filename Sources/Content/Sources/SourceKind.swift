/// What a file under `content/` is, by its extension.
public enum SourceKind: String, Sendable, CaseIterable {
    case markdown
    case yaml
    /// Tables exported from Excel: the one kind that may arrive in Windows-874.
    case csv
    /// Plain text.
    case text

    /// The kind of the file at `path`, or nil for files that are not text
    /// the tool reads (images, PDFs, Word files), which are copied as they are.
    public init?(path: String) {
        guard let pathExtension = SitePath.pathExtension(SitePath.lastComponent(path)) else { return nil }
        switch pathExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "yaml", "yml": self = .yaml
        case "csv": self = .csv
        case "txt": self = .text
        default: return nil
        }
    }

    /// Excel needs a byte order mark to open a UTF-8 CSV as UTF-8; everything
    /// else is better without one.
    var keepsByteOrderMark: Bool { self == .csv }
}
