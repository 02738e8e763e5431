/// One value of PDF syntax (ISO 32000-1, 7.3), as far as finding named
/// destinations needs: streams are never read, only the dictionaries
/// that lead from the catalog to the pages and the destinations.
enum PDFObject: Equatable {
    case null
    case boolean(Bool)
    case number(Double)
    /// A name's bytes with its `#xx` escapes decoded, without the `/`.
    case name([UInt8])
    case string([UInt8])
    case array([PDFObject])
    /// Keys are names' bytes read as UTF-8: PDF keys are ASCII.
    case dictionary([String: PDFObject])
    /// `12 0 R`: object 12, generation 0, kept elsewhere in the file.
    case reference(number: Int, generation: Int)

    var dictionary: [String: PDFObject]? {
        if case .dictionary(let entries) = self { entries } else { nil }
    }

    var array: [PDFObject]? {
        if case .array(let items) = self { items } else { nil }
    }
}
