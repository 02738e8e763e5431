#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds where each link starts in the source, in file coordinates.
///
/// cmark 0.30.2 gives inline nodes a start position, but it is only a hint:
/// on the second and later lines of a paragraph it assumes the first line's
/// indentation (wrong under a lazy `>` continuation or a deeper indent), a
/// backslash hard break or a line break inside a link title leaves the line
/// number behind and lets the column run on past the end of the line. So
/// the hint is turned into a byte offset (letting the column run on, as
/// cmark does), and the link's opening `[` (`![` for an image, `<` for an
/// autolink) is looked for in the source around it: at the hint, else the
/// nearest on the hint's line, else the first on a later line of the block.
/// Links are met in source order, so each is looked for after the last.
struct LinkLocator {
    private let source: UnsafeBufferPointer<UInt8>
    private let firstLine: Int
    /// Byte offset of each line's first byte; built on the first link only.
    private var lineStarts: [Int] = []
    /// Offset just past the previous link's opener.
    private var cursor = 0

    init(source: UnsafeBufferPointer<UInt8>, firstLine: Int) {
        self.source = source
        self.firstLine = firstLine
    }

    /// The file line and column (in Unicode scalars) of a link whose cmark
    /// hint is `hintLine:hintColumn`, inside a block ending on `blockEndLine`
    /// (lines of the body, 1-based).
    mutating func locate(hintLine: Int, hintColumn: Int, blockEndLine: Int, opener: Opener) -> (line: Int, column: Int) {
        if lineStarts.isEmpty { lineStarts = Self.lineStarts(of: source) }
        let blockEnd = max(end(ofLine: min(max(blockEndLine, 1), lineStarts.count)), cursor)
        let hint = min(max(offset(line: hintLine) + max(hintColumn, 1) - 1, cursor), blockEnd)
        let found = opening(near: hint, before: blockEnd, opener: opener) ?? hint
        cursor = min(found + 1, source.count)
        let line = lineIndex(containing: found)
        return (line + firstLine, scalarCount(from: lineStarts[line], to: min(found, source.count)) + 1)
    }

    /// Which bytes may open the link being looked for.
    enum Opener {
        case link, autolinkOrLink, image
    }

    /// The opener at `hint`, else the nearest one on its line, else the
    /// first on a later line of the block; never one before the cursor.
    /// `cursor <= hint <= blockEnd` on entry.
    private func opening(near hint: Int, before blockEnd: Int, opener: Opener) -> Int? {
        if isOpener(at: hint, opener) { return hint }
        let line = lineIndex(containing: hint)
        let lineStart = max(lineStarts[line], cursor)
        let lineEnd = max(min(end(ofLine: line + 1), blockEnd), lineStart)
        var best: Int?
        for offset in lineStart..<lineEnd where isOpener(at: offset, opener) {
            // Ties go to the later one: cmark's hint errs early more often.
            if best.map({ abs($0 - hint) >= abs(offset - hint) }) ?? true { best = offset }
        }
        return best ?? (lineEnd..<max(blockEnd, lineEnd)).first { isOpener(at: $0, opener) }
    }

    private func isOpener(at offset: Int, _ opener: Opener) -> Bool {
        guard offset < source.count else { return false }
        switch (source[offset], opener) {
        case (UInt8(ascii: "["), .link), (UInt8(ascii: "["), .autolinkOrLink), (UInt8(ascii: "<"), .autolinkOrLink):
            return true
        case (UInt8(ascii: "!"), .image):
            return offset + 1 < source.count && source[offset + 1] == UInt8(ascii: "[")
        default:
            return false
        }
    }

    /// Offset of the first byte of body line `line` (1-based), or the end.
    private func offset(line: Int) -> Int {
        line >= 1 && line <= lineStarts.count ? lineStarts[line - 1] : (line < 1 ? 0 : source.count)
    }

    /// Offset just past body line `line` (1-based), its newline included.
    private func end(ofLine line: Int) -> Int {
        line < lineStarts.count ? lineStarts[line] : source.count
    }

    /// 0-based index of the line holding byte `offset`.
    private func lineIndex(containing offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Unicode scalars in `start..<end`: every byte but UTF-8 continuation bytes.
    private func scalarCount(from start: Int, to end: Int) -> Int {
        var count = 0
        for offset in start..<end where source[offset] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private static func lineStarts(of source: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        guard let base = source.baseAddress else { return starts }
        // memchr: a release is a few long Thai lines, scanned a word at a time.
        var offset = 0
        while offset < source.count, let newline = memchr(base + offset, 0x0A, source.count - offset) {
            offset = UnsafeRawPointer(newline) - UnsafeRawPointer(base) + 1
            starts.append(offset)
        }
        return starts
    }
}
