import Diagnostics
import Foundation
import Thai
import Yams

/// Reads the fields of one YAML mapping, checking each key and type and
/// collecting a diagnostic for every problem at the value it is about.
///
/// ```swift
/// var fields = YAMLFields(node, in: document, known: ["title", "date"], owner: "a release")
/// let title = fields.text("title", required: true)
/// diagnostics += fields.finish()      // unknown keys, with "did you mean"
/// ```
struct YAMLFields {
    let document: YAMLDocument
    let node: Node?
    /// The pairs of the mapping, and each key's text, in the order written;
    /// nil when the node is not a mapping. Copied out of Yams' collection
    /// once: indexing it across the module boundary is unspecialised and
    /// slow, and a front matter has a dozen keys, so a linear search for
    /// the first match beats building a dictionary per release.
    private let pairs: [(key: Node, value: Node)]?
    private let names: [String?]
    private let known: [String]
    private let owner: String
    private(set) var diagnostics: [Diagnostic] = []

    init(_ node: Node?, in document: YAMLDocument, known: [String], owner: String) {
        self.document = document
        self.node = node
        self.known = known
        self.owner = owner
        let pairs = node?.mapping.map { Array($0) }
        self.pairs = pairs
        names = pairs?.map(\.key.string) ?? []
        unknownKeys = zip(names, pairs ?? []).compactMap { name, pair in
            guard let name, !known.contains(name) else { return nil }
            return (name, pair.key)
        }
        if let node, pairs == nil {
            diagnostics.append(document.diagnostic(.error, "\(owner) must be a map of `key: value` lines", at: node, code: "yaml-type"))
        }
    }

    /// The keys present that are not known, in the order written; found
    /// once, when the fields are read (a release asks twice: for `extra`
    /// and for the warnings).
    let unknownKeys: [(key: String, node: Node)]

    /// The value node of `key`, if present and not null.
    func value(_ key: String) -> Node? {
        guard let pairs, let position = names.firstIndex(of: key) else { return nil }
        let value = pairs[position].value
        if case .scalar(let scalar) = value, scalar.style == .plain,
           scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" {
            return nil
        }
        return value
    }

    /// The key node of `key`, for messages about a missing or misplaced value.
    func keyNode(_ key: String) -> Node? {
        guard let pairs, let position = names.firstIndex(of: key) else { return nil }
        return pairs[position].key
    }

    /// Text: a title, a name, a URL. Values come from a file the normaliser
    /// has already been through, so they are not normalised again.
    mutating func text(_ key: String, required: Bool = false, oneLine: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            diagnostics.append(document.diagnostic(.error, "\"\(key)\" must be text", at: value, code: "yaml-type"))
            return nil
        }
        let text = scalar.string
        if oneLine, text.utf8.contains(0x0A) {
            diagnostics.append(document.diagnostic(.error, "\"\(key)\" must be one line", at: value, code: "yaml-type"))
        }
        if required, text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            diagnostics.append(document.diagnostic(.error, "\"\(key)\" is empty", at: value, code: "missing-field"))
            return nil
        }
        return text
    }

    /// `slug`, as it will be published (``Slug/make(_:)``): an error when
    /// nothing of it can be kept, a warning when it is published otherwise
    /// than written (`../../etc/x` as `etc-x`), so a URL never changes unseen.
    mutating func slug() -> String? {
        guard let written = text("slug", oneLine: true) else { return nil }
        guard let slug = Slug.make(written) else {
            diagnostics.append(document.diagnostic(.error, "the slug \"\(written)\" has no letters or digits to keep", at: value("slug"), code: "bad-value"))
            return nil
        }
        if slug != written {
            diagnostics.append(document.diagnostic(.warning, "the slug \"\(written)\" is published as \"\(slug)\"", at: value("slug"),
                                                   code: "slug-changed", hint: "write it as it is published: slug: \(slug)"))
        }
        return slug
    }

    /// An integer, with Thai digits and thousands separators accepted.
    mutating func integer(_ key: String, required: Bool = false) -> Int? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = value.scalar?.string, let number = try? ThaiNumber.parse(text),
              case let integer = NSDecimalNumber(decimal: number).intValue, Decimal(integer) == number else {
            diagnostics.append(document.diagnostic(.error, "\"\(key)\" must be a whole number", at: value, code: "yaml-type"))
            return nil
        }
        return integer
    }

    /// A boolean: true/false (and yes/no, as YAML 1.1 writers produce).
    mutating func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        switch value.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            diagnostics.append(document.diagnostic(.error, "\"\(key)\" must be true or false", at: value, code: "yaml-type"))
            return nil
        }
    }

    /// A list of scalars as text; a single scalar counts as a list of one.
    mutating func textList(_ key: String) -> [(text: String, node: Node)] {
        guard let value = value(key) else { return [] }
        switch value {
        case .scalar(let scalar):
            return [(scalar.string, value)]
        case .sequence(let sequence):
            var items = [(text: String, node: Node)]()
            for item in sequence {
                if let scalar = item.scalar {
                    items.append((scalar.string, item))
                } else {
                    diagnostics.append(document.diagnostic(.error, "each item of \"\(key)\" must be text", at: item, code: "yaml-type"))
                }
            }
            return items
        default:
            diagnostics.append(document.diagnostic(.error, "\"\(key)\" must be a list, as in \(key): [a, b]", at: value, code: "yaml-type"))
            return []
        }
    }

    /// The items of a list of maps.
    mutating func mapList(_ key: String) -> [Node] {
        guard let value = value(key) else { return [] }
        guard case .sequence(let sequence) = value else {
            diagnostics.append(document.diagnostic(.error, "\"\(key)\" must be a list", at: value, code: "yaml-type"))
            return []
        }
        return Array(sequence)
    }

    mutating func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    private mutating func missing(_ key: String) {
        let message = "\(owner) needs \"\(key)\""
        diagnostics.append(document.diagnostic(.error, message, at: node, code: "missing-field", length: 1))
    }

    /// Every diagnostic, with an error for each unknown key (a typo must
    /// not pass silently) unless `allowingUnknown`, which makes them warnings.
    mutating func finish(unknownAre severity: Diagnostic.Severity = .error, note: String? = nil) -> [Diagnostic] {
        for (key, node) in unknownKeys {
            let suggestion = Suggestion.hint(for: key, among: known)
            let hint = [suggestion, note].compactMap { $0 }.joined(separator: "; ")
            diagnostics.append(document.diagnostic(severity, "unknown key \"\(key)\" in \(owner)", at: node, code: "unknown-key",
                                                   hint: hint.isEmpty ? "the keys are \(known.joined(separator: ", "))" : hint))
        }
        return diagnostics
    }
}
