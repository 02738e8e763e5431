#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a file's bytes into text, strictly (thai.md, "Decoding").
///
/// ```swift
/// let decoded = try SourceDecoder.decode(bytes, allowingWindows874: path.hasSuffix(".csv"))
/// decoded.text          // LF line endings, no byte order mark
/// decoded.issues        // a Windows-874 notice, garbled lines
/// ```
public enum SourceDecoder {
    /// Decodes `bytes`.
    ///
    /// - UTF-8 (with or without a byte order mark) is validated in full;
    ///   UTF-16 is accepted when it starts with its byte order mark.
    /// - `allowingWindows874`: for CSV files from Excel, bytes that are not
    ///   UTF-8 but read as well-formed Windows-874 Thai are accepted, with a
    ///   warning in `issues`.
    /// - Lines end in LF afterwards; `lineEndings` says what they were.
    /// - Garbled Thai (mojibake) is reported in `issues` as errors, one per line.
    ///
    /// - Throws: a ``DecodingIssue`` when the bytes are not text in an accepted encoding.
    public static func decode(_ bytes: [UInt8], allowingWindows874: Bool = false) throws(DecodingIssue) -> DecodedText {
        var (text, encoding, bomLength) = try decodeBytes(bytes, allowingWindows874: allowingWindows874)
        var issues = [DecodingIssue]()
        if encoding == .windows874 {
            issues.append(DecodingIssue(kind: .readAsWindows874, line: 1, column: 1))
        }
        let lineEndingRepair = NormalizationFinding.lineEndings(in: text)
        let lines = LineEndings.normalize(text)
        text = lines.text
        issues += mojibakeIssues(in: text)
        return DecodedText(
            text: text, encoding: encoding, hadByteOrderMark: bomLength > 0, lineEndings: lines.endings,
            lineEndingRepair: lineEndingRepair, issues: issues)
    }

    private static func decodeBytes(_ bytes: [UInt8], allowingWindows874: Bool) throws(DecodingIssue) -> (String, SourceEncoding, Int) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            return (try decodeUTF16(bytes, littleEndian: littleEndian), littleEndian ? .utf16LittleEndian : .utf16BigEndian, 2)
        }
        let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = bytes[bomLength...]
        if let nul = firstNUL(in: body) {
            // Lines mean nothing in binary data: the offset says where.
            throw DecodingIssue(kind: .binary, line: 1, column: 1, byteOffset: nul)
        }
        if let text = String(validating: body, as: UTF8.self) {
            return (text, .utf8, bomLength)
        }
        let bad = UTF8Validation.firstInvalidByte(in: body) ?? body.startIndex
        if allowingWindows874, bomLength == 0, let text = Windows874.decodeIfThai(body) {
            return (text, .windows874, 0)
        }
        throw issue(allowingWindows874 ? .unknownEncoding : .invalidUTF8, at: bad, in: bytes, from: bomLength)
    }

    /// The index of the first NUL byte, found with memchr.
    private static func firstNUL(in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return bytes.startIndex + (UnsafeRawPointer(found) - UnsafeRawPointer(base))
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(DecodingIssue) -> String {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var scalars = String.UnicodeScalarView()
        var unitOffset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                unitOffset += scalar.utf16.count
            case .emptyInput:
                if bytes.count % 2 != 0 {
                    let position = TextPosition.after(scalars)
                    throw DecodingIssue(kind: .invalidUTF16, line: position.line, column: position.column, byteOffset: bytes.count - 1)
                }
                return String(scalars)
            case .error:
                let position = TextPosition.after(scalars)
                throw DecodingIssue(kind: .invalidUTF16, line: position.line, column: position.column, byteOffset: 2 + unitOffset * 2)
            }
        }
    }

    /// An issue for the byte at `offset`, with the line and column of the text before it.
    private static func issue(_ kind: DecodingIssue.Kind, at offset: Int, in bytes: [UInt8], from start: Int) -> DecodingIssue {
        // The bytes before the first bad one are valid UTF-8, so the
        // position counts the scalars an editor shows.
        let position = TextPosition.after(String(decoding: bytes[start..<offset], as: UTF8.self).unicodeScalars)
        return DecodingIssue(kind: kind, line: position.line, column: position.column, byteOffset: offset)
    }

    private static func mojibakeIssues(in text: String) -> [DecodingIssue] {
        var text = text
        return text.withUTF8 { bytes in
            // Most files have no signature at all: one search over the whole
            // file (memchr, memmem) clears them before any line is looked at.
            guard Mojibake.mayBePresent(in: bytes) else { return [] }
            var issues = [DecodingIssue]()
            UTF8Lines.forEach(in: bytes) { number, line, _, _ in
                if Mojibake.mayBePresent(in: line),
                   let (signature, column) = Mojibake.find(in: String(decoding: line, as: UTF8.self).unicodeScalars[...]) {
                    issues.append(DecodingIssue(kind: .mojibake(signature), line: number, column: column + 1))
                }
            }
            return issues
        }
    }
}

/// Text decoded from a file, ready for the normaliser.
public struct DecodedText: Sendable, Equatable {
    /// The text, with LF line endings and without a byte order mark.
    public var text: String
    /// The encoding the bytes were in.
    public var encoding: SourceEncoding
    /// Whether the file started with a byte order mark.
    public var hadByteOrderMark: Bool
    /// The line endings the file had.
    public var lineEndings: LineEndings
    /// The normaliser's finding for the line endings decoding turned into
    /// LF, at the first one; nil when they all were LF already.
    public var lineEndingRepair: NormalizationFinding?
    /// Warnings and errors about the text: a Windows-874 notice, garbled lines.
    public var issues: [DecodingIssue]
}
