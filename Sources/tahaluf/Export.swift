import ArgumentParser
import CoalitionStore
import SharedValues
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `tahaluf export`: the whole data set for other tools.
struct Export: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, bibtex
        case cslJSON = "csl-json"
    }

    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the data set as JSON or CSV, or its sources as BibTeX or CSL-JSON.",
        discussion: """
            CSV holds every field of the JSON, Arabic and English side by side. To standard output it is one \
            long table whose first column names the table of each row; with --output DIR it is one file per \
            table (sources, events, members, roles, groups, resolutions, figures, observations, citations, \
            notes). Lines end with CRLF (RFC 4180); --bom adds the byte-order mark some spreadsheet programs \
            need to read UTF-8. BibTeX and CSL-JSON list every source, keyed by its id.
            """)

    @Option(help: "json or csv (every record), bibtex or csl-json (every source, keyed by its id).")
    var format: Format

    @Option(help: "Language of the titles and outlets in bibtex and csl-json: ar or en.")
    var lang: Language = .ar

    @Option(name: .long, help: ArgumentHelp("CSV only: write one file per table into this directory.", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "CSV only: start each file with a UTF-8 byte-order mark (for spreadsheet programs).")
    var bom = false

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if format != .csv, output != nil || bom {
            throw ValidationError("--output and --bom apply to --format csv only.")
        }
    }

    func run() throws {
        let store = try dataOptions.loadStore()
        if format == .csv, let output {
            do {
                try Exporter.writeCSV(store, to: output, byteOrderMark: bom)
            } catch {
                printError("tahaluf: cannot write the CSV tables to \(VisibleText.escaped(output)): \(error)")
                throw ExitCode(73)  // EX_CANTCREAT: the output could not be created
            }
            return
        }
        let text: String
        do {
            switch format {
            case .json: text = try Exporter.json(store)
            // Ends with CRLF, so nothing is added when it is written.
            case .csv: text = Exporter.csv(store, byteOrderMark: bom)
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
