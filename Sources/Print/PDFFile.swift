/// A PDF's objects, found through its cross-reference table (ISO 32000-1,
/// 7.5.4): the file is not scanned, so bytes inside a font or a page's
/// content stream are never mistaken for an object.
///
/// Chromium's PDFs (Skia's writer) are PDF 1.4 with one classic `xref`
/// table, no object streams and no incremental updates, so a
/// cross-reference stream, which would need zlib to read, is refused with
/// an error rather than read.
struct PDFFile {
    private let bytes: [UInt8]
    /// Byte offset of each object in use, by object number.
    private let offsets: [Int: Int]
    /// The trailer dictionary: `/Root` leads to the catalog.
    let trailer: [String: PDFObject]

    init(_ bytes: [UInt8]) throws(PDFError) {
        guard bytes.starts(with: Array("%PDF-".utf8)) else { throw PDFError("the file does not start with %PDF-") }
        self.bytes = bytes
        var syntax = PDFSyntax(bytes, at: try Self.crossReferenceOffset(bytes))
        syntax.skipWhiteSpace()
        let at = syntax.position
        guard syntax.token() == Array("xref".utf8) else {
            throw PDFError("there is no cross-reference table at byte \(at): a cross-reference stream, which Chromium does not write, is not supported")
        }
        var offsets: [Int: Int] = [:]
        while true {
            let before = syntax.position
            if syntax.token() == Array("trailer".utf8) { break }
            syntax.position = before
            let first = try syntax.integer()
            let count = try syntax.integer()
            for number in first..<first + count {
                let offset = try syntax.integer()
                _ = try syntax.integer()
                switch syntax.token() {
                case Array("n".utf8): offsets[number] = offset
                case Array("f".utf8): break
                default: throw PDFError("a cross-reference entry is neither `n` nor `f` near byte \(syntax.position)")
                }
            }
        }
        guard let trailer = try syntax.object().dictionary else { throw PDFError("the trailer is not a dictionary") }
        self.offsets = offsets
        self.trailer = trailer
    }

    /// `object` itself, or the object it refers to: a dictionary entry may
    /// hold either. A reference to a missing object is an error.
    func resolve(_ object: PDFObject) throws(PDFError) -> PDFObject {
        guard case .reference(let number, let generation) = object else { return object }
        guard let offset = offsets[number], offset < bytes.count else { throw PDFError("object \(number) is not in the cross-reference table") }
        var syntax = PDFSyntax(bytes, at: offset)
        guard try syntax.integer() == number, try syntax.integer() == generation else {
            throw PDFError("the cross-reference table points object \(number) to byte \(offset), which starts another object")
        }
        try syntax.expect("obj")
        return try syntax.object()
    }

    /// The offset after the last `startxref`, near the end of the file.
    private static func crossReferenceOffset(_ bytes: [UInt8]) throws(PDFError) -> Int {
        let keyword = Array("startxref".utf8)
        let tail = max(0, bytes.count - 1024)
        guard let start = stride(from: bytes.count - keyword.count, through: tail, by: -1)
            .first(where: { bytes[$0...].starts(with: keyword) })
        else { throw PDFError("there is no startxref at the end of the file: it is cut short or not a PDF") }
        var syntax = PDFSyntax(bytes, at: start + keyword.count)
        let offset = try syntax.integer()
        guard offset < bytes.count else { throw PDFError("startxref points past the end of the file") }
        return offset
    }
}
