import Foundation

/// The page of each named destination in a PDF Chromium printed.
///
/// Chromium writes a named destination for every element whose id an
/// `<a href="#id">` in the document links to (no flag needed; ids nothing
/// links to get none). Skia, its PDF writer, keeps them in the catalog's
/// `/Dests` dictionary (PDF 1.1 style, not a `/Names` tree): each name maps
/// to `[page-reference /XYZ left top zoom]`. The name is the link's URL
/// fragment, so an id outside ASCII or with a space is percent-encoded
/// (`ข้อ 1` is written `%E0%B8%82…%201`); the keys here are decoded back
/// to the id the element has.
public enum PDFDestinations {
    /// Named destination (the element's id) → 1-based page number.
    /// A destination whose page cannot be found is left out.
    public static func pages(in data: Data) throws(PDFError) -> [String: Int] {
        let file = try PDFFile([UInt8](data))
        guard let root = file.trailer["Root"], let catalog = try file.resolve(root).dictionary else {
            throw PDFError("the trailer has no catalog (/Root)")
        }
        guard let tree = catalog["Pages"] else { throw PDFError("the catalog has no page tree (/Pages)") }
        var pageNumbers: [Int: Int] = [:]
        try collectPages(tree, in: file, into: &pageNumbers, visited: [])
        guard let dests = catalog["Dests"] else { return [:] }
        guard let entries = try file.resolve(dests).dictionary else { throw PDFError("the catalog's /Dests is not a dictionary") }
        var pages: [String: Int] = [:]
        for (name, value) in entries {
            guard let target = try file.resolve(value).array?.first,
                  case .reference(let object, _) = target,
                  let page = pageNumbers[object]
            else { continue }
            pages[name.removingPercentEncoding ?? name] = page
        }
        return pages
    }

    /// Numbers the leaves of the page tree in order, by object number: a
    /// destination names its page by reference. Skia nests the tree (eight
    /// kids a node) once a document has more than eight pages.
    private static func collectPages(
        _ node: PDFObject, in file: PDFFile, into numbers: inout [Int: Int], visited: Set<Int>
    ) throws(PDFError) {
        guard case .reference(let object, _) = node else { throw PDFError("a page tree node is not a reference") }
        guard !visited.contains(object) else { throw PDFError("the page tree loops back to object \(object)") }
        guard let dictionary = try file.resolve(node).dictionary else { throw PDFError("page tree node \(object) is not a dictionary") }
        guard let kids = dictionary["Kids"] else {
            numbers[object] = numbers.count + 1
            return
        }
        guard let children = try file.resolve(kids).array else { throw PDFError("the /Kids of object \(object) is not an array") }
        for child in children {
            try collectPages(child, in: file, into: &numbers, visited: visited.union([object]))
        }
    }
}
