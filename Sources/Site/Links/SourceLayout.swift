import Content
import Diagnostics
import Foundation
import Thai

/// Where the sources of a site are published: each release's URL and
/// year, the map links are rewritten through, and the files to copy.
struct SourceLayout {
    var releasePaths: [String] = []
    var releaseYears: [Int] = []
    var releaseImages: [(url: String, width: Int?, height: Int?)?] = []
    var map = SourceMap()
    /// Files copied as they are: absolute source path → path in the output.
    var copies: [(source: String, path: String)] = []

    init(content: SiteContent, siteFolder: String, into diagnostics: inout [Diagnostic]) {
        let zone = content.site.timeZone
        // A bundle's folder → its page's URL.
        var bundles = [String: String]()
        for release in content.releases {
            let year = ThaiCalendarNames.buddhistYear(of: release.date, in: zone)
            let path = SiteURLs.release(year: year, slug: release.slug)
            releasePaths.append(path)
            releaseYears.append(year)
            map.addPage(source: release.path, url: path)
            if SitePath.lastComponent(release.path) == "index.md" {
                bundles[SitePath.parent(release.path)] = path
            }
        }
        for page in content.pages {
            map.addPage(source: page.path, url: SiteURLs.standingPage(page.slug))
        }
        map.unloaded = content.unloadedSources
        // Files under content/ that are not sources: images, PDFs, attachments.
        let (files, linksOut) = (try? SourceFiles.walk(under: siteFolder + "/content")) ?? ([], [])
        for link in linksOut {
            diagnostics.append(.warning("this is a link to a place outside content/, which the build does not follow: nothing of it is published",
                                        path: String(link.dropFirst(siteFolder.count + 1)), code: "link-outside",
                                        hint: "copy the file or folder into content/ instead of linking to it"))
        }
        for file in files where SourceKind(path: file) == nil {
            let source = String(file.dropFirst(siteFolder.count + 1))
            // Looked up folder by folder up from the file: a site of
            // bundles has thousands of them, and thousands of images.
            var folder = SitePath.parent(source)
            var bundle: (folder: String, url: String)?
            while !folder.isEmpty, bundle == nil {
                bundle = bundles[folder].map { (folder, $0) }
                folder = SitePath.parent(folder)
            }
            if let script = Self.svgScript(file) {
                diagnostics.append(.error("this SVG carries \(script), which would run on the site's own address when the file is opened",
                                          path: source, code: "svg-script",
                                          hint: "export the drawing again without scripts or interactivity, or as PNG"))
            }
            map.addFile(source: source, bundlePage: bundle)
            if let published = map.file(source) {
                copies.append((file, SiteURLs.file(for: published)))
            }
        }
        for release in content.releases {
            var image: (url: String, width: Int?, height: Int?)?
            if let written = release.image, let source = SourceMap.resolve(written, from: release.path), let url = map.file(source) {
                let size = try? ImageSize.read(path: siteFolder + "/" + source)
                image = (url, size?.width, size?.height)
            }
            releaseImages.append(image)
        }
        diagnostics += Self.translationProblems(content)
    }

    /// What could run in the SVG file at `path` (see ``SVGSafety``); nil
    /// for any other file, or an SVG that cannot be read (copying it says why).
    private static func svgScript(_ path: String) -> String? {
        guard path.lowercased().hasSuffix(".svg"), let bytes = try? SourceFiles.read(path) else { return nil }
        return SVGSafety.script(in: bytes)
    }

    /// `translation_of` must name another release of the site.
    private static func translationProblems(_ content: SiteContent) -> [Diagnostic] {
        let paths = Set(content.releases.map(\.path)).union(content.unloadedSources)
        return content.releases.compactMap { release in
            guard let written = release.translationOf else { return nil }
            guard let target = SourceMap.resolve(written, from: release.path), paths.contains(target), target != release.path else {
                return .error("\"translation_of\" names \(written), which is not a published release", path: release.path,
                              code: "broken-link", hint: "give the path of the other version, relative to this file: ../2555/brainstorm.md")
            }
            return nil
        }
    }
}
