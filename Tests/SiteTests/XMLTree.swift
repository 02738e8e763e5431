import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document parsed with Foundation's real parser (libxml2 on Linux),
/// as a small tree the feed tests can check field by field. Names are kept
/// as written (`atom:link`, `content:encoded`); text and CDATA are joined.
final class XMLNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The parsed document element, or nil with the parser's error thrown.
    static func parse(_ bytes: [UInt8]) throws -> XMLNode {
        let builder = TreeBuilder()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseFailure(description: parser.parserError.map { "\($0)" } ?? "no document element")
        }
        return root
    }

    func all(_ name: String) -> [XMLNode] {
        children.filter { $0.name == name }
    }

    func first(_ name: String) -> XMLNode? {
        children.first { $0.name == name }
    }

    /// The text of the first child called `name`, or nil.
    subscript(_ name: String) -> String? {
        first(name)?.text
    }

    struct ParseFailure: Error, CustomStringConvertible {
        let description: String
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLNode?
    var stack: [XMLNode] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let node = XMLNode(name: name, attributes: attributes)
        stack.last?.children.append(node)
        if root == nil { root = node }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        stack.last?.text += String(decoding: block, as: UTF8.self)
    }
}
