import Diagnostics
import Foundation
import Thai

/// A new source file as `khao new` writes it: its place in the site and
/// its text, front matter filled in from the command line.
///
/// Made here, beside the loaders, so that the file follows the same rules
/// that read it back: the slug of the title, the date forms, the bureau ids
/// of site.yaml, one-line titles. A new file loads without an error or a
/// warning (`khao check` passes at once).
///
/// ```swift
/// let file = try Scaffold.release(title: "ระดมสมอง 4 หน่วยงาน", date: "2012-09-20T10:00",
///                                 bureaus: ["ctt"], tags: [], slug: nil, site: site, now: Date())
/// file.path   // "content/news/2555/ระดมสมอง-4-หน่วยงาน.md"
/// try file.write(into: siteFolder)
/// ```
public struct Scaffold: Sendable, Equatable {
    /// Relative to the site folder: `content/news/2555/SLUG.md`, `content/pages/SLUG.md`.
    public var path: String
    /// The whole file: front matter between `---` lines, then the body.
    public var text: String

    /// The longest slug made from a title, in UTF-8 bytes: a file name may
    /// have 255, a Thai letter takes 3, and the URL shows the slug (about 40
    /// Thai letters, or 120 Latin ones, is a headline's worth).
    public static let titleSlugLimit = 120
    /// The longest slug given with `--slug`: a file name's 255 bytes less `.md`.
    public static let slugLimit = 252


    /// A news release dated `date` (any form front matter accepts; nil for
    /// `now`), in `content/news/YEAR/` where YEAR is the Buddhist-era year of
    /// the date in the site's zone, as the folders of the bundled example are.
    ///
    /// The release is a draft: content.md leaves drafts out of the site
    /// unless built with `--drafts`, so a release just begun cannot be
    /// published by a build before it is written. Its date is written as
    /// ISO 8601 with the site's offset, the form of the example's releases.
    public static func release(
        title: String, date: String?, bureaus: [String], tags: [String], slug: String?,
        site: SiteConfiguration, now: Date
    ) throws(ScaffoldError) -> Scaffold {
        var problems = [ScaffoldError.Problem]()
        let title = oneLineTitle(title, problems: &problems)
        let date = releaseDate(date, site: site, now: now, problems: &problems)
        let bureaus = knownBureaus(bureaus, site: site, problems: &problems)
        var kept = [String]()
        for tag in tags {
            let tag = ThaiNormalizer.normalized(tag).trimmingCharacters(in: .whitespacesAndNewlines)
            if tag.unicodeScalars.contains(where: isLineBreak) {
                problems.append(.init(code: "bad-value", message: "the tag \(quoted(tag)) is more than one line",
                                      hint: "give each tag as one line of text: --tag แผนปฏิบัติงาน"))
            } else if !tag.isEmpty, !kept.contains(where: { $0.unicodeScalars.elementsEqual(tag.unicodeScalars) }) {
                kept.append(tag)
            }
        }
        let name = fileSlug(slug, title: title, date: date ?? now, timeZone: site.timeZone, problems: &problems)
        guard problems.isEmpty, let title, let date, let name else { throw ScaffoldError(problems: problems) }

        let year = ThaiCalendarNames.buddhistYear(of: date, in: site.timeZone)
        let fiscalYear = FiscalYear(containing: date, timeZone: site.timeZone).year
        let list = { (items: [String]) in "[" + items.map { YAMLScalar.text($0, in: .flow) }.joined(separator: ", ") + "]" }
        let text = """
            ---
            title: \(YAMLScalar.text(title))
            date: \(ISO8601Format.dateTime(date, timeZone: site.timeZone))
            bureaus: \(list(bureaus))
            tags: \(list(kept))
            # A draft is left out of the site (khao build --drafts shows it): delete this line to publish.
            draft: true
            # More fields (content.md): delete the # to use one.
            # summary: the lead for lists and feeds; without it, the first paragraph
            # release_no: 123/\(year)
            # people: [ชื่อ นามสกุล]
            # image: photo.jpg
            # image_alt: what the photo shows
            # plan: \(fiscalYear)
            # projects: [project-id]
            ---

            (ย่อหน้านำ: ใคร ทำอะไร เมื่อไร ที่ไหน เพื่ออะไร)

            (รายละเอียด คำกล่าวของผู้บริหาร และผลที่คาดว่าจะได้รับ)

            """
        return Scaffold(path: "content/news/\(year)/\(name).md", text: text)
    }

    /// A standing page in `content/pages/`, as flat as the example's pages.
    /// content.md gives pages no draft flag, so a page is published by the
    /// next build; its body is left empty rather than holding placeholder
    /// text that a build would publish. `now` names the file of a title
    /// that gives no slug.
    public static func page(title: String, slug: String?, timeZone: TimeZone, now: Date) throws(ScaffoldError) -> Scaffold {
        var problems = [ScaffoldError.Problem]()
        let title = oneLineTitle(title, problems: &problems)
        let name = fileSlug(slug, title: title, date: now, timeZone: timeZone, problems: &problems)
        if let name, StandingPage.reservedSlugs.contains(name) {
            problems.append(.init(code: "duplicate-url", message: "a page with the slug \(quoted(name)) would be published at /\(name)/, where the site's own pages are",
                                  hint: "give the page another slug with --slug; \(StandingPage.reservedSlugs.sorted().joined(separator: ", ")) are taken"))
        }
        guard problems.isEmpty, let title, let name else { throw ScaffoldError(problems: problems) }
        let text = """
            ---
            title: \(YAMLScalar.text(title))
            # A page is published by the next build (pages have no drafts).
            # More fields (content.md): delete the # to use one.
            # menu: 1
            # template: page.html
            ---


            """
        return Scaffold(path: "content/pages/\(name).md", text: text)
    }

    /// Writes the file into the site in `folder`, making its folders; a
    /// file already at the path is left as it is and is an error.
    public func write(into folder: String) throws(ScaffoldWriteError) {
        let root = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let full = root + "/" + path
        do {
            try FileManager.default.createDirectory(atPath: SitePath.parent(full), withIntermediateDirectories: true)
        } catch {
            throw .failed(FileError(path: SitePath.parent(path), reason: "cannot be created: \(error.localizedDescription)"))
        }
        let created: Bool
        do {
            created = try AtomicFile.createNew(at: full, with: Array(text.utf8))
        } catch {
            throw .failed(FileError(path: path, reason: error.reason))
        }
        if !created { throw .exists(path) }
    }

    // MARK: - The fields, checked as the loaders check them

    /// The title, normalised as the loader reads it (so `khao check` finds
    /// nothing to repair) and trimmed; nil when empty or on several lines.
    private static func oneLineTitle(_ title: String, problems: inout [ScaffoldError.Problem]) -> String? {
        let title = ThaiNormalizer.normalized(title).trimmingCharacters(in: .whitespacesAndNewlines)
        if title.unicodeScalars.contains(where: isLineBreak) {
            problems.append(.init(code: "bad-value", message: "the title is more than one line",
                                  hint: "a title is one line (content.md); the lead goes in the body"))
            return nil
        }
        if title.isEmpty {
            problems.append(.init(code: "missing-field", message: "the title is empty",
                                  hint: "give the title in quotes: khao new news \"หัวข้อข่าว\""))
            return nil
        }
        return title
    }

    /// `date` read as front matter dates are, in the site's zone; without
    /// it, `now` to the minute (seconds in a hand-edited file are noise).
    private static func releaseDate(_ text: String?, site: SiteConfiguration, now: Date, problems: inout [ScaffoldError.Problem]) -> Date? {
        guard let text else {
            return Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 60).rounded(.down) * 60)
        }
        do {
            return try ThaiDateParser(timeZone: site.timeZone).parse(text)
        } catch {
            problems.append(.init(code: "bad-date", message: "--date \(quoted(text)): \(error.message)", hint: error.hint))
            return nil
        }
    }

    /// The ids in the order given, each once; an unknown id is a problem
    /// with the hint the loader gives for one in front matter.
    private static func knownBureaus(_ ids: [String], site: SiteConfiguration, problems: inout [ScaffoldError.Problem]) -> [String] {
        var known = [String]()
        for id in ids {
            if site.bureau(id) != nil {
                if !known.contains(id) { known.append(id) }
                continue
            }
            let ids = site.bureaus.map(\.id)
            let list = site.bureaus.isEmpty
                ? "content/site.yaml defines no bureaus; add them under bureaus: (content.md)"
                : "known bureaus are \(ids.joined(separator: ", ")) (\(site.bureaus[0].definedAt))"
            problems.append(.init(code: "unknown-bureau", message: "--bureau names an unknown bureau \(quoted(id))",
                                  hint: [Suggestion.hint(for: id, among: ids), list].compactMap { $0 }.joined(separator: " ")))
        }
        return known
    }

    /// The file's name: `--slug` made a slug by the rule front matter's
    /// `slug` follows, else the title's slug cut to `titleSlugLimit`, else
    /// the date-and-hash fallback of a title with nothing to keep.
    private static func fileSlug(
        _ written: String?, title: String?, date: Date, timeZone: TimeZone, problems: inout [ScaffoldError.Problem]
    ) -> String? {
        if let written {
            guard let slug = Slug.make(written) else {
                problems.append(.init(code: "bad-value", message: "the slug \(quoted(written)) has no letters or digits to keep",
                                      hint: "a slug is Thai or Latin letters and digits; spaces and punctuation become -"))
                return nil
            }
            guard slug.utf8.count <= slugLimit else {
                problems.append(.init(code: "bad-value", message: "the slug is \(slug.utf8.count) bytes long, too long for a file name",
                                      hint: "a slug may have \(slugLimit) bytes; a Thai letter takes 3"))
                return nil
            }
            return slug
        }
        guard let title else { return nil }
        return Slug.make(title, maximumUTF8: titleSlugLimit) ?? Slug.fallback(title: title, date: date, timeZone: timeZone)
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(scalar.value)
    }

    private static func quoted(_ text: String) -> String {
        "\"\(text)\""
    }
}

/// Why `khao new` made no file: every problem of its arguments at once.
public struct ScaffoldError: Error, Sendable, Equatable {
    /// One problem of the command line: what is wrong, and what to do.
    public struct Problem: Sendable, Equatable {
        /// As diagnostics name their kinds: `unknown-bureau`, `bad-date`.
        public var code: String
        /// One sentence.
        public var message: String
        public var hint: String?

        public init(code: String, message: String, hint: String? = nil) {
            self.code = code
            self.message = message
            self.hint = hint
        }
    }

    public var problems: [Problem]
}

/// Why `Scaffold.write` wrote nothing.
public enum ScaffoldWriteError: Error, Sendable, Equatable {
    /// A file is already at the path (relative to the site); it was left as it is.
    case exists(String)
    /// The folder or the file could not be made.
    case failed(FileError)
}
