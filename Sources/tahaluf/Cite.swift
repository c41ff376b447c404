import ArgumentParser
import CoalitionStore
import RTLText
import TahalufApp

extension CitationFormat: ExpressibleByArgument {}

/// `tahaluf cite`: records' citations for scripts and reference managers.
///
/// All or nothing: when any id is unknown or names records of two kinds, every bad id is named
/// on standard error, nothing goes to standard output, and the exit status is 64, so a script
/// that writes `tahaluf cite … > refs.bib` never gets half a bibliography.
struct Cite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Print records' citations as text, BibTeX, CSL-JSON or RIS.",
        discussion: """
            Records are named by id: events, groups and figures by their id, members by their code \
            (SAU or sau). When an id names records of two kinds, put the kind in front: event:ID, \
            member:CODE, group:ID, figure:ID (accepted on any id).

            text prints each record as `y` copies it in the browser's detail view: what the record \
            states, then each source in full (outlet, title, date, seed file, URL, access date, quote).

            bibtex, csl-json and ris print one entry per source the records cite, keyed by the \
            source's id; the entry's note holds what each citing record states and the quote it \
            rests on. Titles and outlets are in the --lang language. `tahaluf export --format \
            bibtex|csl-json` writes every source.

            An unknown or ambiguous id: an error naming it on standard error, nothing on standard \
            output, exit status 64.
            """)

    @Argument(help: ArgumentHelp("Record ids (event and group and figure ids, member codes).", valueName: "record-id"))
    var records: [String]

    @Option(help: "text, bibtex, csl-json or ris.")
    var format: CitationFormat = .text

    @Option(help: "Language of the titles, outlets and notes: ar or en.")
    var lang: Language = .ar

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if records.isEmpty { throw ValidationError("Name at least one record id (for example: tahaluf cite SAU).") }
    }

    func run() throws {
        let store = try dataOptions.loadStore()
        var refs: [RecordRef] = []
        var problems: [String] = []
        for id in records {
            switch store.lookUpRecord(id) {
            case .found(let ref): refs.append(ref)
            case .unknown:
                problems.append("tahaluf cite: unknown record id \"\(Sanitizer.sanitize(id))\" "
                                + "(no event, member, group or figure has it; `tahaluf dump` lists them)")
            case .ambiguous(let matches):
                let choices = matches.map { $0.kind.rawValue + ":" + $0.id }.joined(separator: ", ")
                problems.append("tahaluf cite: record id \"\(Sanitizer.sanitize(id))\" names several records; "
                                + "write one of: \(choices)")
            }
        }
        guard problems.isEmpty else {
            problems.forEach(printError)
            throw ExitStatus.usage
        }
        try StandardOutput.write(Self.output(refs, store: store, format: format, language: lang))
    }

    static func output(_ refs: [RecordRef], store: Store, format: CitationFormat, language: Language) -> String {
        let config = AppConfig(language: language)
        switch format {
        case .text: return refs.map { CitationText.record($0, store: store, config: config) }.joined(separator: "\n\n")
        default: return write(CitationText.entries(refs, store: store, config: config), format: format)
        }
    }

    /// The entries in a reference format, every data string sanitised first (no escape sequence
    /// or bidi override from the data reaches a file or a terminal).
    static func write(_ entries: [CitationEntry], format: CitationFormat) -> String {
        let clean = entries.map(sanitized)
        switch format {
        case .bibtex: return BibTeXWriter.write(clean)
        case .cslJSON: return CSLJSONWriter.write(clean)
        case .ris: return RISWriter.write(clean)
        case .text: preconditionFailure("the text form is written from records (CitationText.record), not entries")
        }
    }

    private static func sanitized(_ entry: CitationEntry) -> CitationEntry {
        func clean(_ text: Localized) -> Localized {
            Localized(ar: Sanitizer.sanitize(text.ar), en: Sanitizer.sanitize(text.en))
        }
        var entry = entry
        entry.source.title = clean(entry.source.title)
        entry.source.outlet = clean(entry.source.outlet)
        entry.source.author = entry.source.author.map(clean)
        entry.source.dateNote = entry.source.dateNote.map(clean)
        entry.source.url = entry.source.url.map(Sanitizer.sanitize)
        entry.source.file = entry.source.file.map(Sanitizer.sanitize)
        entry.notes = entry.notes.map(Sanitizer.sanitize)
        return entry
    }
}
