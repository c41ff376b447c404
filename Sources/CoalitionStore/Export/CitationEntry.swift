/// One source as a reference manager sees it, with what the citing records say about it.
///
/// The format writers (`BibTeXWriter`, `CSLJSONWriter`, `RISWriter`) take these: one entry per
/// source, whose key is the source's id, so a source cited by several records is one entry and
/// the same source always gets the same key. What the records state and quote goes into the
/// entry's note, one line per citation (`tahaluf cite`); `tahaluf export` writes the sources
/// with no notes.
///
/// ```swift
/// let entry = CitationEntry(source: store.source("seed-004")!, language: .en,
///                           notes: ["Air strikes: more than 33 thousand — «…»"])
/// BibTeXWriter.write([entry])   // "@article{seed-004,\n  title = {The Global Coalition …"
/// ```
public struct CitationEntry: Hashable, Sendable {
    public var source: Source
    /// The language of the titles and outlet names written (the data has both).
    public var language: Language
    /// What the citing records state, each with its quote; written as the entry's note.
    public var notes: [String]

    public init(source: Source, language: Language, notes: [String] = []) {
        self.source = source; self.language = language; self.notes = notes
    }

    /// Every source of the store, in data order, without notes: what `export` writes.
    public static func all(_ store: Store, language: Language) -> [CitationEntry] {
        store.dataset.sources.map { CitationEntry(source: $0, language: language) }
    }

    var title: String { source.title.text(language) }
    var outlet: String { source.outlet.text(language) }
    var author: String? { source.author?.text(language) }
    /// The note: the date note ("undated, after October 2019") and, for formats with no field
    /// for it, the seed file lead the records' notes.
    func noteLines(seedFile: Bool) -> [String] {
        var lines: [String] = []
        if let dateNote = source.dateNote { lines.append(dateNote.text(language)) }
        if seedFile, let file = source.file { lines.append((language == .ar ? "ملف البذرة: " : "seed file: ") + file) }
        return lines + notes
    }
}

/// The citation formats `tahaluf cite` and `tahaluf export` write.
public enum CitationFormat: String, CaseIterable, Sendable {
    case text, bibtex
    case cslJSON = "csl-json"
    case ris
}

extension String {
    /// The text with every control character (line breaks included) made a space: one-line
    /// field values for formats that are read line by line or that a raw newline would break.
    var oneLine: String {
        String(String.UnicodeScalarView(unicodeScalars.map {
            $0.properties.generalCategory == .control ? " " : $0
        }))
    }
}
