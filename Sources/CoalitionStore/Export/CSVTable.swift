/// The store as one RFC 4180 table (CRLF line ends; fields with commas, quotes or line breaks are
/// quoted, quotes doubled), one row per record, for spreadsheets and scripts.
///
/// Rows: `source`, `event` (timeline order), `member`, `role` (a member's donation, troops ...),
/// `group`, `figure`, `observation` (one per reported value). Lists inside a cell are joined with
/// `;`; `links` names other records as `kind:id` (`member:MAR;group:africa-focus`).
/// ```
/// kind,id,date,category,title_ar,title_en,text_ar,text_en,place_ar,place_en,value,unit,qualifier,links,sources,file,url
/// event,ministerial-2022-marrakesh,2022-05-11,ministerial,الاجتماع الوزاري في مراكش,...
/// ```
enum CSVTable {
    static let columns = ["kind", "id", "date", "category", "title_ar", "title_en", "text_ar", "text_en",
                          "place_ar", "place_en", "value", "unit", "qualifier", "links", "sources", "file", "url"]

    /// One row, by column name; missing columns are empty.
    typealias Row = [String: String]

    static func make(_ dataset: Dataset, timeline: [Event]) -> String {
        var out = ""
        append(columns, to: &out)
        func emit(_ row: Row) { append(columns.map { row[$0] ?? "" }, to: &out) }
        func sources(_ citations: [Citation]) -> String {
            var seen = Set<String>()
            return citations.map(\.source).filter { seen.insert($0).inserted }.joined(separator: ";")
        }
        func links(_ kind: String, _ ids: [String]) -> [String] { ids.map { kind + ":" + $0 } }

        for s in dataset.sources {
            emit(["kind": "source", "id": s.id, "date": s.published?.description ?? "undated",
                  "category": s.file == nil ? "public" : "seed", "title_ar": s.title.ar, "title_en": s.title.en,
                  "text_ar": s.outlet.ar, "text_en": s.outlet.en, "file": s.file ?? "", "url": s.url ?? ""])
        }
        for e in timeline {
            emit(["kind": "event", "id": e.id, "date": e.date.description, "category": e.category.rawValue,
                  "title_ar": e.title.ar, "title_en": e.title.en, "text_ar": e.summary.ar, "text_en": e.summary.en,
                  "place_ar": e.place?.ar ?? "", "place_en": e.place?.en ?? "",
                  "links": (links("member", e.members) + links("group", e.groups) + links("figure", e.figures))
                      .joined(separator: ";"),
                  "sources": sources(e.sources)])
        }
        for m in dataset.members {
            emit(["kind": "member", "id": m.code, "date": m.joined?.description ?? "", "category": m.kind.rawValue,
                  "title_ar": m.name.ar, "title_en": m.name.en, "place_en": m.region.rawValue,
                  "text_en": m.theatre ? "theatre" : "", "sources": sources(m.sources)])
            for (i, r) in m.roles.enumerated() {
                emit(["kind": "role", "id": "\(m.code)/\(i + 1)", "category": r.kind.rawValue,
                      "title_ar": m.name.ar, "title_en": m.name.en, "text_ar": r.text.ar, "text_en": r.text.en,
                      "value": r.amount.map { JSONWriter.number($0.value) } ?? "", "unit": r.amount?.unit.rawValue ?? "",
                      "links": "member:" + m.code, "sources": sources(r.sources)])
            }
        }
        for g in dataset.groups {
            emit(["kind": "group", "id": g.id, "date": g.founded?.description ?? "", "category": g.kind.rawValue,
                  "title_ar": g.name.ar, "title_en": g.name.en, "text_ar": g.mandate.ar, "text_en": g.mandate.en,
                  "links": (links("co-chair", g.coChairs) + links("member", g.members) + links("figure", g.figures))
                      .joined(separator: ";"),
                  "sources": sources(g.sources)])
        }
        for f in dataset.figures {
            emit(["kind": "figure", "id": f.id, "category": f.theme.rawValue, "title_ar": f.title.ar,
                  "title_en": f.title.en, "text_ar": f.disagreement?.reason.ar ?? "",
                  "text_en": f.disagreement.map { "\($0.kind.rawValue): \($0.reason.en)" } ?? "",
                  "links": links("member", f.members).joined(separator: ";"),
                  "sources": sources(f.observations.map(\.source))])
            for (i, o) in f.observations.enumerated() {
                emit(["kind": "observation", "id": "\(f.id)/\(i + 1)", "date": o.asOf?.description ?? "",
                      "category": f.theme.rawValue, "title_ar": f.title.ar, "title_en": f.title.en,
                      "text_ar": o.counts.ar, "text_en": o.counts.en, "value": JSONWriter.number(o.value),
                      "unit": o.unit.rawValue, "qualifier": o.qualifier.rawValue, "links": "figure:" + f.id,
                      "sources": o.source.source])
            }
        }
        return out
    }

    static func append(_ fields: [String], to out: inout String) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out += "," }
            out += quoted(field)
        }
        out += "\r\n"
    }

    /// A field as RFC 4180 wants it: quoted when it holds a comma, quote, CR or LF, quotes doubled.
    static func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return field }
        var out = "\""
        for character in field.unicodeScalars {
            if character == "\"" { out += "\"\"" } else { out.unicodeScalars.append(character) }
        }
        return out + "\""
    }
}
