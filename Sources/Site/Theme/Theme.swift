import Content
import Diagnostics
import Foundation
import Templates

/// A theme file: its path under `templates/` and its bytes.
public struct ThemeFile: Sendable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// The theme a site is built with: the site's own `templates/` over the
/// bundled one, file by file, with its assets fingerprinted.
struct Theme: Sendable {
    let templates: TemplateSet
    let assets: AssetNames
    /// Asset files as published: path in the output tree and bytes.
    let assetFiles: [(path: String, bytes: [UInt8])]

    /// True when `first` and `second` publish the same assets, byte for byte.
    static func sameAssets(_ first: Theme, _ second: Theme) -> Bool {
        first.assetFiles.count == second.assetFiles.count
            && zip(first.assetFiles, second.assetFiles).allSatisfy { $0.path == $1.path && $0.bytes == $1.bytes }
    }

    /// The files of the theme: the site's first, then the bundled ones it does not replace.
    static func files(siteFolder: String, bundled: [ThemeFile], into diagnostics: inout [Diagnostic]) -> [ThemeFile] {
        var files = [ThemeFile]()
        var seen = Set<String>()
        let folder = siteFolder + "/templates"
        if SourceFiles.isFolder(folder) {
            do {
                for path in try SourceFiles.files(under: folder) {
                    let relative = String(path.dropFirst(folder.count + 1))
                    do {
                        files.append(ThemeFile(path: relative, bytes: try SourceFiles.read(path)))
                        seen.insert(relative)
                    } catch {
                        diagnostics.append(.error("cannot be read: \(error.reason)", path: "templates/" + relative, code: "io"))
                    }
                }
            } catch {
                diagnostics.append(.error("cannot be listed: \(error.reason)", path: "templates", code: "io"))
            }
        }
        files += bundled.filter { !seen.contains($0.path) }
        return files
    }

    /// Loads the templates with the site's filters, fingerprints the assets
    /// and fetches the fonts the manifest names; nil when templates have errors.
    static func load(_ files: [ThemeFile], configuration: SiteConfiguration, urls: SiteURLs,
                     into diagnostics: inout [Diagnostic]) -> Theme? {
        var assetFiles = [(name: String, bytes: [UInt8])]()
        var sources = [TemplateSource]()
        for file in files {
            if file.path.hasPrefix("assets/") {
                assetFiles.append((String(file.path.dropFirst("assets/".count)), file.bytes))
            } else if file.path == "theme.yaml" {
                assetFiles += fonts(manifest: file, into: &diagnostics)
            } else if TemplateSet.templateExtensions.contains(String(file.path.split(separator: ".").last ?? "")) {
                guard let text = String(validating: file.bytes, as: UTF8.self) else {
                    diagnostics.append(.error("is not valid UTF-8", path: "templates/" + file.path, code: "encoding",
                                              hint: "save it as UTF-8 in your editor"))
                    continue
                }
                sources.append(TemplateSource(name: file.path, path: "templates/" + file.path, text: text))
            }
        }
        let published = AssetRewriting.fingerprint(assetFiles)
        let assets = AssetNames(paths: published.names)
        do {
            let filters = SiteFilters.registry(configuration: configuration, urls: urls, assets: assets)
            let templates = try TemplateSet(sources: sources, filters: filters)
            return Theme(templates: templates, assets: assets, assetFiles: published.files)
        } catch {
            diagnostics += error.errors.map(\.diagnostic)
            return nil
        }
    }

    /// The fonts `theme.yaml` names, read from the system; a missing font is
    /// a warning (pages fall back to the font stack), not an error.
    private static func fonts(manifest: ThemeFile, into diagnostics: inout [Diagnostic]) -> [(name: String, bytes: [UInt8])] {
        let path = "templates/theme.yaml"
        let (loaded, problems) = ThemeManifest.load(String(decoding: manifest.bytes, as: UTF8.self), path: path)
        diagnostics += problems
        guard let loaded else { return [] }
        return loaded.fonts.compactMap { font in
            for source in font.sources {
                if let bytes = try? SourceFiles.read(source) { return (font.name, bytes) }
            }
            diagnostics.append(.warning("the font \(font.name) is not installed (looked for \(font.sources.joined(separator: ", ")))",
                                        path: path, code: "missing-font",
                                        hint: "install it: apt-get install fonts-thai-tlwg; pages use the next font of the stack meanwhile"))
            return nil
        }
    }
}
