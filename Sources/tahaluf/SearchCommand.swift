import ArgumentParser
import CoalitionStore
import TahalufApp

/// `tahaluf search QUERY`: the browser's search for scripts, in the same ranking. Like grep, it
/// exits 1 when nothing matches (with nothing on standard output in text form, `[]` in JSON).
struct SearchCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search records and sources; print one hit per line (id, kind, title, matched field, snippet).",
        discussion: """
            Same matching and ranking as / in the browser: Arabic is compared without harakat, with \
            compound names joined (أبو ظبي = أبوظبي) and clitics set aside (الباغوز finds بالباغوز); the \
            data's aliases.json makes spellings equivalent (Marrakech = Marrakesh). Whole words and word \
            starts come before matches inside words, titles before notes. Seed numbers find their \
            sources (004, seed-004). Exit status 1 when nothing matches.
            """)

    @Argument(help: "What to look for (at most \(Store.maximumQueryLength) characters are used).")
    var query: String

    @Option(help: ArgumentHelp("The most hits to print.", valueName: "n"))
    var limit = 20

    @Option(help: "text (tab-separated: id, kind, title, field, snippet) or json (an array of objects).")
    var format: Format = .text

    @Option(help: "Language of the titles: ar (default) or en.")
    var lang: Language = .ar

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        if Normalizer.normalize(query).isEmpty { throw ValidationError("the query has no letters or digits.") }
    }

    func run() throws {
        let store = try dataOptions.loadStore()
        let hits = store.search(query, limit: limit)
        switch format {
        case .text: if !hits.isEmpty { try StandardOutput.write(SearchReport.text(hits, language: lang)) }
        case .json: try StandardOutput.write(SearchReport.json(hits, language: lang))
        }
        if hits.isEmpty {
            printError("tahaluf: no match for the query")
            throw ExitStatus.noMatch
        }
    }
}
