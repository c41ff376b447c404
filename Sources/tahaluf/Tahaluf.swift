import ArgumentParser

/// The root command: `tahaluf` alone browses; `check`, `export`, `dump`, `cite` and `search` serve scripts.
struct Tahaluf: ParsableCommand {
    static let version = "0.2.0"

    static let configuration = CommandConfiguration(
        commandName: "tahaluf",
        abstract: "Browse the Global Coalition against Daesh data set in the terminal, Arabic first.",
        discussion: """
            Without a subcommand, tahaluf opens the full-screen browser (see `tahaluf browse --help`).

            EXIT STATUS
              \(ExitStatus.documentation)
            """,
        version: "tahaluf \(version)",
        subcommands: [Browse.self, Check.self, Export.self, DumpCommand.self, Cite.self, SearchCommand.self],
        defaultSubcommand: Browse.self)
}
