/// Builds an XML document one element at a time, indented two spaces a
/// level so a person can read the feed, with every name fixed by the
/// caller and every value escaped by ``XMLText``.
struct XMLWriter {
    private(set) var bytes: [UInt8] = Array(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8) + [0x0A]
    private var depth = 0

    /// `<name a="…">` on its own line; close it with ``close(_:)``.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        startTag(name, attributes)
        bytes.append(contentsOf: ">\n".utf8)
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        indent()
        bytes.append(contentsOf: "</\(name)>\n".utf8)
    }

    /// `<name a="…">text</name>`.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        startTag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        XMLText.appendText(text, to: &bytes)
        bytes.append(contentsOf: "</\(name)>\n".utf8)
    }

    /// `<name><![CDATA[text]]></name>`.
    mutating func element(_ name: String, cdata text: String) {
        startTag(name, [])
        bytes.append(UInt8(ascii: ">"))
        XMLText.appendCDATA(text, to: &bytes)
        bytes.append(contentsOf: "</\(name)>\n".utf8)
    }

    /// `<name a="…"/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        startTag(name, attributes)
        bytes.append(contentsOf: "/>\n".utf8)
    }

    private mutating func startTag(_ name: String, _ attributes: [(String, String)]) {
        indent()
        bytes.append(contentsOf: "<\(name)".utf8)
        for (key, value) in attributes {
            bytes.append(contentsOf: " \(key)=\"".utf8)
            XMLText.appendAttribute(value, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }
}
