import ArgumentParser
import CoalitionStore

/// `tahaluf export`: the whole data set for other tools.
struct Export: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, bibtex
        case cslJSON = "csl-json"
    }

    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the data set to standard output as JSON or CSV, or its sources as BibTeX or CSL-JSON.")

    @Option(help: "json or csv (every record), bibtex or csl-json (every source, keyed by its id).")
    var format: Format

    @Option(help: "Language of the titles and outlets in bibtex and csl-json: ar or en.")
    var lang: Language = .ar

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let store = try dataOptions.loadStore()
        let text: String
        do {
            switch format {
            case .json: text = try Exporter.json(store)
            case .csv: text = Exporter.csv(store)
            case .bibtex: text = Cite.write(CitationEntry.all(store, language: lang), format: .bibtex)
            case .cslJSON: text = Cite.write(CitationEntry.all(store, language: lang), format: .cslJSON)
            }
        } catch {
            // The store loaded, so it must serialise: anything else is a bug.
            printError("tahaluf: internal error while exporting: \(error)")
            throw ExitStatus.internalError
        }
        try StandardOutput.write(text)
    }
}
