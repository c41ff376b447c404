/// Sources as RIS, the tagged format every reference manager imports (EndNote, Zotero, Mendeley).
///
/// One record per source from `TY` to `ER`: `TY` by `Source.kind` (`NEWS` for seed articles and
/// press, `ELEC` for official web pages and references with a URL, `RPRT` for official sources
/// without one, `GEN` otherwise), `ID` the source id, `TI` the title, `T2` the outlet, `AU`,
/// `PY` the year and `DA` the date at its precision (`2019/02/06/`, `2019/02//`), `UR`, `Y2` the
/// access date when known, `LA`, one `N1` per note line. Values are on one line each.
///
/// ```swift
/// RISWriter.write(CitationEntry.all(store, language: .en))
/// // "TY  - NEWS\nID  - seed-000\nTI  - Breaking Daesh's bones …\n…\nER  - \n"
/// ```
public enum RISWriter {
    public static func write(_ entries: [CitationEntry]) -> String {
        entries.map(record).joined(separator: "\n")
    }

    static func record(_ entry: CitationEntry) -> String {
        let source = entry.source
        var tags: [(String, String)] = [("TY", type(source)), ("ID", source.id), ("TI", entry.title), ("T2", entry.outlet)]
        if let author = entry.author { tags.append(("AU", author)) }
        if let published = source.published {
            tags.append(("PY", String(published.year)))
            tags.append(("DA", date(published)))
        }
        if let url = source.url { tags.append(("UR", url)) }
        if let accessed = source.accessed { tags.append(("Y2", date(accessed))) }
        tags.append(("LA", entry.language.rawValue))
        tags += entry.noteLines(seedFile: true).map { ("N1", $0) }
        tags.append(("ER", ""))
        return tags.map { $0.0 + "  - " + $0.1.oneLine }.joined(separator: "\n") + "\n"
    }

    static func type(_ source: Source) -> String {
        switch source.kind {
        case .seed, .press: return "NEWS"
        case .official: return source.url == nil ? "RPRT" : "ELEC"
        case .reference: return source.url == nil ? "GEN" : "ELEC"
        case .unverified: return "GEN"
        }
    }

    /// RIS dates: `YYYY/MM/DD/` with empty parts for what is not known.
    static func date(_ d: FactDate) -> String {
        func two(_ n: Int?) -> String { n.map { ($0 < 10 ? "0" : "") + String($0) } ?? "" }
        return String(d.year) + "/" + two(d.month) + "/" + two(d.day) + "/"
    }
}
