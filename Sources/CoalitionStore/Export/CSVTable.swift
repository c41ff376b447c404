import SharedValues
/// The store as RFC 4180 tables: every field the JSON has, both languages side by side, one row per
/// record, so a spreadsheet or a script reads the data without losing what makes it trustworthy
/// (inferred dates, notes, quotes, date notes, the kind of a disagreement).
///
/// Ten tables; `Docs/DATA.md` ("CSV export") lists their columns:
///
/// | table | one row per | key |
/// |---|---|---|
/// | `sources` | source | `id` |
/// | `events` | event, in timeline order | `id` |
/// | `members` | member | `code` |
/// | `roles` | a member's role | `member`, `role` (1-based) |
/// | `groups` | working group | `id` |
/// | `resolutions` | a group's UN resolution | `group`, `position` |
/// | `figures` | figure | `id` |
/// | `observations` | a figure's reported value, with its one citation | `figure`, `observation` |
/// | `citations` | a citation of an event, member, role or group | `record_table`, `record_id`, `role`, `position` |
/// | `notes` | a note of an event, member, group or figure | `record_table`, `record_id`, `position` |
///
/// Cells: text as written (Arabic and English in `_ar`/`_en` columns); an absent optional value
/// is an empty cell (the loader never accepts blank text, so empty always means absent); lists of
/// ids are joined with `;` (ids never contain it); numbers are whole where the value is whole;
/// `theatre` is `true`/`false`. Every record, the last included, ends with CRLF; a field holding a
/// comma, a quote, CR or LF is quoted, quotes doubled.
///
/// ```swift
/// let tables = CSVTable.tables(dataset, timeline: store.eventsByDate)
/// let events = tables.first { $0.name == "events" }!.text()   // "id,date,inferred_ar,...\r\n..."
/// ```
public struct CSVTable: Sendable, Equatable {
    public let name: String
    public let columns: [String]
    public let rows: [[String]]

    /// The table as one RFC 4180 text: the header, then the rows, each ended by CRLF.
    public func text(byteOrderMark: Bool = false) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        Self.append(columns, to: &out)
        for row in rows { Self.append(row, to: &out) }
        return out
    }

    /// Every table of the data set, in the order of the table above.
    public static func tables(_ dataset: Dataset, timeline: EventList) -> [CSVTable] {
        var citations: [[String]] = [], notes: [[String]] = []
        func cite(_ table: String, _ id: String, role: Int? = nil, _ list: [Citation]) {
            for (i, c) in list.enumerated() {
                citations.append([table, id, role.map { String($0 + 1) } ?? "", String(i + 1), c.source, c.quote ?? ""])
            }
        }
        func note(_ table: String, _ id: String, _ list: [Localized]) {
            for (i, n) in list.enumerated() { notes.append([table, id, String(i + 1), n.ar, n.en]) }
        }

        let sources = dataset.sources.map { s in
            [s.id, s.kind.rawValue, s.file ?? "", s.outlet.ar, s.outlet.en, s.title.ar, s.title.en] + pair(s.author)
                + [date(s.published)] + pair(s.dateNote) + [s.url ?? "", date(s.accessed)]
        }
        let events = timeline.map { e -> [String] in
            cite("events", e.id, e.sources)
            note("events", e.id, e.notes)
            return [e.id, e.date.description] + pair(e.inferred) + [e.category.rawValue, e.title.ar, e.title.en,
                    e.summary.ar, e.summary.en] + pair(e.place)
                + [list(e.members), list(e.locations), list(e.groups), list(e.figures)]
        }
        var roles: [[String]] = []
        let members = dataset.members.map { m -> [String] in
            cite("members", m.code, m.sources)
            note("members", m.code, m.notes)
            for (i, r) in m.roles.enumerated() {
                roles.append([m.code, String(i + 1), r.kind.rawValue, r.text.ar, r.text.en,
                              r.amount.map { JSONWriter.number($0.value) } ?? "", r.amount?.unit.rawValue ?? ""])
                cite("members", m.code, role: i, r.sources)
            }
            return [m.code, m.kind.rawValue, m.name.ar, m.name.en, m.region.rawValue, date(m.joined),
                    String(m.tile.x), String(m.tile.y), m.theatre ? "true" : "false"]
        }
        var resolutions: [[String]] = []
        let groups = dataset.groups.map { g -> [String] in
            cite("groups", g.id, g.sources)
            note("groups", g.id, g.notes)
            for (i, r) in g.resolutions.enumerated() { resolutions.append([g.id, String(i + 1), r]) }
            return [g.id, g.kind.rawValue, g.name.ar, g.name.en, g.short.ar, g.short.en, list(g.coChairs),
                    list(g.members), g.mandate.ar, g.mandate.en, list(g.figures), date(g.founded)]
        }
        var observations: [[String]] = []
        let figures = dataset.figures.map { f -> [String] in
            note("figures", f.id, f.notes)
            for (i, o) in f.observations.enumerated() {
                observations.append([f.id, String(i + 1), JSONWriter.number(o.value), o.qualifier.rawValue,
                                     o.unit.rawValue, date(o.asOf), o.counts.ar, o.counts.en, o.source.source,
                                     o.source.quote ?? ""])
            }
            return [f.id, f.theme.rawValue, f.title.ar, f.title.en, f.disagreement?.kind.rawValue ?? "",
                    f.disagreement?.reason.ar ?? "", f.disagreement?.reason.en ?? "", list(f.members)]
        }
        return [
            CSVTable(name: "sources", columns: ["id", "kind", "file", "outlet_ar", "outlet_en", "title_ar", "title_en",
                                                "author_ar", "author_en", "published", "date_note_ar", "date_note_en",
                                                "url", "accessed"], rows: sources),
            CSVTable(name: "events", columns: ["id", "date", "inferred_ar", "inferred_en", "category", "title_ar",
                                               "title_en", "summary_ar", "summary_en", "place_ar", "place_en", "members",
                                               "locations", "groups", "figures"], rows: events),
            CSVTable(name: "members", columns: ["code", "kind", "name_ar", "name_en", "region", "joined", "tile_x",
                                                "tile_y", "theatre"], rows: members),
            CSVTable(name: "roles", columns: ["member", "role", "kind", "text_ar", "text_en", "amount_value",
                                              "amount_unit"], rows: roles),
            CSVTable(name: "groups", columns: ["id", "kind", "name_ar", "name_en", "short_ar", "short_en", "co_chairs",
                                               "members", "mandate_ar", "mandate_en", "figures", "founded"], rows: groups),
            CSVTable(name: "resolutions", columns: ["group", "position", "resolution"], rows: resolutions),
            CSVTable(name: "figures", columns: ["id", "theme", "title_ar", "title_en", "disagreement_kind",
                                                "disagreement_ar", "disagreement_en", "members"], rows: figures),
            CSVTable(name: "observations", columns: ["figure", "observation", "value", "qualifier", "unit", "as_of",
                                                     "counts_ar", "counts_en", "source", "quote"], rows: observations),
            CSVTable(name: "citations", columns: ["record_table", "record_id", "role", "position", "source",
                                                 "quote"], rows: citations),
            CSVTable(name: "notes", columns: ["record_table", "record_id", "position", "ar", "en"], rows: notes),
        ]
    }

    /// All tables as one long table for a single stream: a `table` column names each row's table,
    /// then the union of every table's columns in first-seen order (a row fills only its own).
    public static func combined(_ tables: [CSVTable]) -> CSVTable {
        var columns: [String] = []
        for t in tables { for c in t.columns where !columns.contains(c) { columns.append(c) } }
        let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        var rows: [[String]] = []
        for t in tables {
            let targets = t.columns.map { position[$0]! }
            for row in t.rows {
                var wide = [String](repeating: "", count: columns.count)
                for (value, target) in zip(row, targets) { wide[target] = value }
                rows.append([t.name] + wide)
            }
        }
        return CSVTable(name: "all", columns: ["table"] + columns, rows: rows)
    }

    private static func pair(_ text: Localized?) -> [String] { [text?.ar ?? "", text?.en ?? ""] }
    private static func date(_ d: FactDate?) -> String { d?.description ?? "" }
    private static func list(_ ids: [String]) -> String { ids.joined(separator: ";") }

    package static func append(_ fields: [String], to out: inout String) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out += "," }
            out += quoted(field)
        }
        out += "\r\n"
    }

    /// A field as RFC 4180 wants it: quoted when it holds a comma, quote, CR or LF, quotes doubled.
    /// RFC 4180 quoting, after the data text rule: CSV has no escapes of its own, so a character
    /// `check` refuses is written visibly (`DataTextRule.exportSafe`), never raw.
    static func quoted(_ raw: String) -> String {
        let field = DataTextRule.exportSafe(raw)
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return field }
        var out = "\""
        for character in field.unicodeScalars {
            if character == "\"" { out += "\"\"" } else { out.unicodeScalars.append(character) }
        }
        return out + "\""
    }
}
