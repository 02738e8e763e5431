import Foundation

extension TemplateSet {
    /// The extensions of the files that are templates; anything else in a
    /// templates folder (and everything under `assets/`) is left to the site.
    public static let templateExtensions: Set<String> = ["html", "htm", "xml", "json", "txt"]

    /// Loads the templates in `folders`: a name found in an earlier folder
    /// wins, so a site's own `templates/` overrides the bundled theme one
    /// template at a time.
    ///
    /// ```swift
    /// let templates = try TemplateSet(folders: ["site/templates", bundledTheme], filters: siteFilters)
    /// ```
    public init(folders: [String], filters: FilterRegistry = .standard) throws(TemplateLoadErrors) {
        var sources = [TemplateSource]()
        var seen = Set<String>()
        var errors = [TemplateError]()
        for folder in folders {
            for name in Self.templateNames(in: folder) where seen.insert(name).inserted {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                guard let data = FileManager.default.contents(atPath: path) else {
                    errors.append(Self.fileError(path, "cannot be read (check its permissions)"))
                    continue
                }
                guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
                    errors.append(Self.fileError(path, "is not valid UTF-8", hint: "save it as UTF-8 in your editor"))
                    continue
                }
                sources.append(TemplateSource(name: name, path: path, text: text))
            }
        }
        do {
            try self.init(sources: sources, filters: filters)
        } catch {
            throw TemplateLoadErrors(errors: errors + error.errors)
        }
        guard errors.isEmpty else {
            throw TemplateLoadErrors(errors: errors)
        }
    }

    /// The template names under `folder`, relative to it with `/`, sorted;
    /// hidden names, names starting with `_`, editor backups and the
    /// `assets` folder are skipped.
    static func templateNames(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var names = [String]()
        while let relative = enumerator.nextObject() as? String {
            let parts = relative.split(separator: "/")
            if parts.first == "assets" || parts.contains(where: { $0.hasPrefix(".") || $0.hasPrefix("_") || $0.hasSuffix("~") }) {
                if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
                    enumerator.skipDescendants()
                }
                continue
            }
            let fileExtension = relative.split(separator: ".").last.map { $0.lowercased() } ?? ""
            if templateExtensions.contains(fileExtension), relative.contains(".") {
                names.append(relative)
            }
        }
        return names.sorted()
    }

    private static func fileError(_ path: String, _ problem: String, hint: String? = nil) -> TemplateError {
        TemplateError(path: path, line: 1, column: 1, length: 1, message: "this template \(problem)", hint: hint, sourceLine: nil, notes: [])
    }
}
