import ArgumentParser

/// The `khao` command: its subcommands, one per thing a user does.
struct Khao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khao",
        abstract: "Publish a Thai government department's news website and print-ready plan briefs.",
        discussion: """
            Khao (ข่าว, "news") turns Thai Markdown press releases and plan data into a static \
            website and A4 documents. Run `khao help COMMAND` for the flags of a command.

            Exit codes: 0 success (warnings allowed), 1 the site has errors, 2 usage error or a \
            missing tool, 3 an I/O or internal error.
            """,
        version: "0.1.0",
        subcommands: [Build.self, Check.self, New.self, Normalize.self, Pdf.self, ServeCommand.self]
    )
}
