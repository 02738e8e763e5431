import ArgumentParser
import Content
import Foundation

/// `khao new`: start a release or a standing page with its front matter filled in.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a news release or a standing page with its front matter filled in.",
        discussion: """
            Writes the new file into your site (never into the bundled example) and prints its path. \
            An existing file is never overwritten.

            Examples:
              khao new news "ระดมสมอง 4 หน่วยงาน" --bureau ctt --tag แผนปฏิบัติงาน
              khao new page "นโยบายคุกกี้" --site ~/cpd
            """,
        subcommands: [NewNews.self, NewPage.self]
    )
}

/// `khao new news`.
struct NewNews: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "news",
        abstract: "Create content/news/YEAR/SLUG.md, a draft release dated now (Buddhist-era YEAR, in the site's time zone).",
        discussion: """
            The slug comes from the title (Thai letters keep their marks) unless --slug gives one. \
            The release is a draft, left out of the site until you delete its `draft: true` line. \
            Exits 2 when an argument is wrong or the file already exists.

            Examples:
              khao new news "ระดมสมอง 4 หน่วยงาน" --bureau ctt --bureau cbd --tag แผนปฏิบัติงาน
              khao new news "Four bureaus" --slug four-bureaus --date 2555-09-20T10:00
            """
    )

    @Argument(help: "The release's title, in quotes.")
    var title: String

    @Option(name: .customLong("bureau"), help: "A bureau id of content/site.yaml (repeat for more).")
    var bureaus: [String] = []

    @Option(name: .customLong("tag"), help: "A tag (repeat for more).")
    var tags: [String] = []

    @Option(help: "The release's date, in any form front matter accepts (2012-09-20T10:00, 2555-09-20, \"20 กันยายน 2555\"). Default: now.")
    var date: String?

    @OptionGroup var file: NewFile

    func run() throws {
        try file.write { site throws(ScaffoldError) in
            try Scaffold.release(title: title, date: date, bureaus: bureaus, tags: tags, slug: file.slug, site: site, now: Date())
        }
    }
}

/// `khao new page`.
struct NewPage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "page",
        abstract: "Create content/pages/SLUG.md, a standing page.",
        discussion: """
            The slug comes from the title unless --slug gives one; the page is published at /SLUG/ \
            by the next build. Exits 2 when an argument is wrong or the file already exists.

            Examples:
              khao new page "นโยบายคุกกี้"
              khao new page "Cookie policy" --slug cookies
            """
    )

    @Argument(help: "The page's title, in quotes.")
    var title: String

    @OptionGroup var file: NewFile

    func run() throws {
        try file.write { site throws(ScaffoldError) in
            try Scaffold.page(title: title, slug: file.slug, timeZone: site.timeZone, now: Date())
        }
    }
}

/// The flags both `new` commands have, and what they do around the
/// scaffold: read site.yaml, report problems with the exit codes of cli.md,
/// write, print the path.
struct NewFile: ParsableArguments {
    @Option(help: "The file's name and the last part of the URL, instead of the title's slug.")
    var slug: String?

    @Option(help: "The site folder, holding content/site.yaml. Default: the current folder.")
    var site: String?

    /// Writes the file `make` makes from the site's settings.
    func write(_ make: (SiteConfiguration) throws(ScaffoldError) -> Scaffold) throws {
        let folder = try SiteFolder.ownForWriting(site, command: "khao new")
        let configuration = try Self.siteConfiguration(in: folder)
        try Self.write(in: folder, shownAs: site) { () throws(ScaffoldError) in try make(configuration) }
    }

    private static func siteConfiguration(in folder: String) throws -> SiteConfiguration {
        let (site, diagnostics) = SiteContent.loadSite(folder: folder)
        let log = Terminal.report(diagnostics, format: .text)
        guard let site else {
            Terminal.error(log.summary ?? "content/site.yaml has errors")
            throw ExitStatus.siteErrors
        }
        return site
    }

    /// `shownAs` is the `--site` given: the printed path is then under it,
    /// so that it can be opened from where the command ran.
    private static func write(in folder: String, shownAs site: String?, _ make: () throws(ScaffoldError) -> Scaffold) throws {
        let file: Scaffold
        do {
            file = try make()
        } catch {
            for problem in error.problems {
                Terminal.error("error: \(problem.code): \(problem.message)" + (problem.hint.map { "\nhint: \($0)" } ?? ""))
            }
            throw ExitStatus.usage
        }
        let shown = { (path: String) in site.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + path } ?? path }
        do {
            try file.write(into: folder)
        } catch .exists(let path) {
            Terminal.error("error: \(shown(path)) already exists; it was left as it is")
            Terminal.error("hint: give the new file another name with --slug, or edit the one there")
            throw ExitStatus.usage
        } catch .failed(let failure) {
            Terminal.error("error: \(shown(failure.path)) \(failure.reason)")
            throw ExitStatus.ioFailure
        }
        Terminal.output(shown(file.path) + "\n")
    }
}
