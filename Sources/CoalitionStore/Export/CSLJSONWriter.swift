/// Sources as CSL-JSON, the input format of citeproc processors (Zotero, Pandoc, citeproc-js),
/// valid against the CSL data schema (`schemas/input/csl-data.json`, a copy under
/// `Tests/Fixtures/csl/` checks it).
///
/// - `type` by `Source.kind`: seed articles and press `article-newspaper`, official sources
///   `webpage` (`report` without a URL), references `dataset`, the unverified placeholder `document`.
/// - `id`: the source id; `container-title`: the outlet; `issued` and `accessed` as `date-parts`
///   at the precision the data has (`[[2019, 2]]` for February 2019), left out when unknown;
///   `language`: the language the titles are written in (`ar` or `en`); `archive_location`: the
///   seed file; `note`: the date note and what the citing records state and quote, one per line.
///
/// ```swift
/// CSLJSONWriter.write(CitationEntry.all(store, language: .en))
/// // [
/// //   {"id": "seed-000", "type": "article-newspaper", "title": "Breaking Daesh's bones …", …
/// ```
public enum CSLJSONWriter {
    public static func write(_ entries: [CitationEntry]) -> String {
        var out = ""
        JSONWriter.write(.array(entries.map(item)), expandDepth: 1, to: &out)
        return out + "\n"
    }

    static func item(_ entry: CitationEntry) -> JSONValue {
        let source = entry.source
        var pairs: [(String, JSONValue)] = [("id", .string(source.id)), ("type", .string(type(source))),
                                            ("title", .string(entry.title)),
                                            ("container-title", .string(entry.outlet))]
        if let author = entry.author { pairs.append(("author", .array([.object([("literal", .string(author))])]))) }
        if let published = source.published { pairs.append(("issued", dateParts(published))) }
        if let accessed = source.accessed { pairs.append(("accessed", dateParts(accessed))) }
        if let url = source.url { pairs.append(("URL", .string(url))) }
        pairs.append(("language", .string(entry.language.rawValue)))
        if let file = source.file {
            pairs.append(("archive", .string("Tahaluf seed articles")))
            pairs.append(("archive_location", .string(file)))
        }
        let note = entry.noteLines(seedFile: false)
        if !note.isEmpty { pairs.append(("note", .string(note.joined(separator: "\n")))) }
        return .object(pairs)
    }

    static func type(_ source: Source) -> String {
        switch source.kind {
        case .seed, .press: return "article-newspaper"
        case .official: return source.url == nil ? "report" : "webpage"
        case .reference: return "dataset"
        case .unverified: return "document"
        }
    }

    /// `{"date-parts": [[2019, 2, 6]]}`, as many parts as the date is precise.
    static func dateParts(_ date: FactDate) -> JSONValue {
        let parts = [date.year, date.month, date.day].compactMap { $0 }.map { JSONValue.number(Double($0)) }
        return .object([("date-parts", .array([.array(parts)]))])
    }
}
