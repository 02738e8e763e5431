import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Thai

/// A source file after decoding and normalisation: what `khao normalize`
/// prints or writes, and what `khao check` reports.
public struct NormalizedSource: Sendable {
    public let path: String
    public let kind: SourceKind
    /// The normalised text; nil when the file could not be read as text,
    /// or its text is garbled beyond safe repair.
    public let text: String?
    /// Whether the written file starts with a byte order mark (CSV for Excel).
    let byteOrderMark: Bool
    /// True when ``output`` differs from the file's bytes.
    public let changed: Bool

    /// The normalised file as UTF-8 bytes, as `khao normalize` writes it.
    public var output: [UInt8]? {
        text.map { (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array($0.utf8) }
    }
    /// Errors that stop the file, repairs made, and problems left for a person.
    public let diagnostics: [Diagnostic]

    /// Decodes and normalises a file's bytes.
    ///
    /// Beyond the character repairs of ``ThaiNormalizer``, the file is
    /// written as UTF-8 with LF line endings: a UTF-16 or Windows-874 file is
    /// re-encoded, a byte order mark is dropped except in CSV files, where
    /// Excel needs one, and a re-encoded CSV gets one.
    public init(bytes: [UInt8], path: String, kind: SourceKind) {
        guard bytes.count <= Self.largestFile else {
            let size = String(format: "%.1f", Double(bytes.count) / 1_000_000)
            self.init(path: path, kind: kind, failure: .error(
                "this file is \(size) MB; a source may be at most \(Self.largestFile / 1_000_000) MB", path: path, line: 1, column: 1,
                code: "too-large", hint: "a release or a plan table is a few kilobytes: a document or picture pasted in as text belongs beside it as a file, linked"))
            return
        }
        let decoded: DecodedText
        do {
            decoded = try SourceDecoder.decode(bytes, allowingWindows874: kind == .csv)
        } catch {
            self.init(path: path, kind: kind, failure: SourceDiagnostics.diagnostic(for: error, path: path, lines: SourceLines(bytes: bytes)))
            return
        }
        var diagnostics = [Diagnostic]()
        if !decoded.issues.isEmpty {
            let lines = SourceLines(decoded.text)
            diagnostics = decoded.issues.map { SourceDiagnostics.diagnostic(for: $0, path: path, lines: lines) }
        }
        guard !decoded.issues.contains(where: \.isError) else {
            self.init(path: path, kind: kind, text: nil, byteOrderMark: false, original: bytes, diagnostics: diagnostics)
            return
        }
        let normalized = ThaiNormalizer.normalize(decoded.text)
        let findings = [decoded.lineEndingRepair].compactMap { $0 } + normalized.findings
        diagnostics += FileLevelRepair.all(decoded, kind: kind, path: path)
        diagnostics += findings.map { SourceDiagnostics.diagnostic(for: $0, path: path) }
        diagnostics = diagnostics.enumerated()
            .sorted { ($0.element.line ?? 0, $0.element.column ?? 0, $0.offset) < ($1.element.line ?? 0, $1.element.column ?? 0, $1.offset) }
            .map(\.element)
        // After the sort: it belongs to the file, not to a line.
        if normalized.omittedFindingCount > 0 {
            diagnostics.append(.warning(
                "\(normalized.omittedFindingCount) more repairs and problems in this file are not listed",
                path: path, code: "more-findings",
                hint: "`khao normalize --write` makes every repair; check the file again to see what is left"))
        }

        let byteOrderMark = kind.keepsByteOrderMark && (decoded.hadByteOrderMark || decoded.encoding != .utf8)
        self.init(path: path, kind: kind, text: normalized.text, byteOrderMark: byteOrderMark, original: bytes, diagnostics: diagnostics)
    }

    /// The largest text file read, in bytes: 1,000 times a long release.
    /// A larger one is a mistake (a document pasted in as text) that would
    /// only slow every build and every page that lists it.
    public static let largestFile = 5_000_000

    private init(path: String, kind: SourceKind, failure: Diagnostic) {
        self.init(path: path, kind: kind, text: nil, byteOrderMark: false, original: [], diagnostics: [failure])
    }

    private init(path: String, kind: SourceKind, text: String?, byteOrderMark: Bool, original: [UInt8], diagnostics: [Diagnostic]) {
        self.path = path
        self.kind = kind
        self.text = text
        self.byteOrderMark = byteOrderMark
        // Compared without building the output: loading a site never needs it.
        if let text {
            let mark: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
            self.changed = !(original.starts(with: mark) && Self.sameBytes(original[mark.count...], text))
        } else {
            self.changed = false
        }
        self.diagnostics = diagnostics
    }

    /// True when `bytes` are exactly the UTF-8 of `text` (memcmp: a
    /// generic comparison was a tenth of the time of loading a site).
    private static func sameBytes(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool {
        guard bytes.count == text.utf8.count else { return false }
        let same = text.utf8.withContiguousStorageIfAvailable { utf8 in
            bytes.withUnsafeBufferPointer { buffer in
                guard let left = buffer.baseAddress, let right = utf8.baseAddress else { return buffer.count == 0 }
                return memcmp(left, right, buffer.count) == 0
            }
        }
        return same ?? bytes.elementsEqual(text.utf8)
    }

    /// True when the file has an error and nothing should be written for it.
    public var failed: Bool { text == nil }
}

/// The changes to a file as a whole, beside the character repairs.
enum FileLevelRepair {
    static let encodingCode = "encoding"
    static let byteOrderMarkCode = "byte-order-mark"

    static func all(_ decoded: DecodedText, kind: SourceKind, path: String) -> [Diagnostic] {
        var repairs = [Diagnostic]()
        switch decoded.encoding {
        case .utf16LittleEndian, .utf16BigEndian:
            repairs.append(.warning("\(decoded.encoding.rawValue) → UTF-8", path: path, line: 1, column: 1, code: encodingCode))
        case .utf8 where decoded.hadByteOrderMark && !kind.keepsByteOrderMark:
            repairs.append(.warning("<U+FEFF> → (removed)", path: path, line: 1, column: 1, code: byteOrderMarkCode))
        case .utf8, .windows874:
            // The Windows-874 notice is already among the decoding issues.
            break
        }
        return repairs
    }

    /// True for the diagnostic codes that stand for a change to the file.
    static func isRepair(_ code: String) -> Bool {
        code == encodingCode || code == byteOrderMarkCode || code == "windows-874"
            || NormalizationRule(rawValue: code)?.isRepair == true
    }
}
