/// A problem found while turning a file's bytes into text.
///
/// Positions are 1-based lines and columns, columns counted in Unicode scalars
/// (what an editor shows for Thai, where each mark is its own code point),
/// plus the 0-based byte offset in the file where one is meaningful.
public struct DecodingIssue: Error, Sendable, Equatable {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// Bytes that are not UTF-8, in a file that must be UTF-8.
        case invalidUTF8
        /// A UTF-16 file (it starts with a UTF-16 byte order mark) with an unpaired surrogate or an odd length.
        case invalidUTF16
        /// A NUL byte: an image, a Word file or other binary data, not text.
        case binary
        /// A CSV that is neither UTF-8 nor Windows-874 Thai.
        case unknownEncoding
        /// A CSV that was not UTF-8 and was read as Windows-874 (a warning).
        case readAsWindows874
        /// Text that was already garbled by a wrong decoding before it reached us.
        case mojibake(Mojibake)
    }

    public var kind: Kind
    public var line: Int
    public var column: Int
    /// The byte offset in the file, for problems with the bytes themselves.
    public var byteOffset: Int?

    public init(kind: Kind, line: Int, column: Int, byteOffset: Int? = nil) {
        self.kind = kind
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    /// False only for the Windows-874 notice: everything else stops the file.
    public var isError: Bool { kind != .readAsWindows874 }

    /// One sentence saying what is wrong.
    public var message: String {
        let at = byteOffset.map { " at byte offset \($0)" } ?? ""
        switch kind {
        case .invalidUTF8:
            return "the file is not valid UTF-8\(at)"
        case .invalidUTF16:
            return "the file starts with a UTF-16 byte order mark but is not valid UTF-16\(at)"
        case .binary:
            return "this is a binary file, not text (a NUL byte\(at))"
        case .unknownEncoding:
            return "the file is neither UTF-8 nor Windows-874 Thai (first byte that is not UTF-8\(at))"
        case .readAsWindows874:
            return "the file is not UTF-8; it was read as Windows-874 (TIS-620) Thai"
        case .mojibake(let signature):
            return "this line is garbled Thai (\(signature.explanation)) and cannot be repaired safely"
        }
    }

    /// What the user can do about it.
    public var hint: String {
        switch kind {
        case .invalidUTF8, .invalidUTF16:
            return "save the file as UTF-8 in your editor (in Notepad: File > Save As > Encoding: UTF-8)"
        case .binary:
            return "only text files (Markdown, YAML, CSV) are read as content; check that this is the file you meant"
        case .unknownEncoding:
            return "in Excel, save as \"CSV UTF-8 (Comma delimited)\""
        case .readAsWindows874:
            return "run `khao normalize --write` on it to convert it to UTF-8, or save as \"CSV UTF-8\" in Excel"
        case .mojibake:
            return "copy the text again from the original document, or retype it; the file was opened with the wrong encoding at some point"
        }
    }
}
