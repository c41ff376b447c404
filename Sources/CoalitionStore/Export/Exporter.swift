/// `tahaluf export --format json|csv`: the whole store, every record with its citations, and
/// the sources they point to.
///
/// ```swift
/// print(try Exporter.json(store))   // {"sources": [...], "events": [...], "members": [...], ...}
/// print(Exporter.csv(store))        // kind,id,date,category,title_ar,title_en,...
/// ```
/// The JSON form loads back with `Store.load(exportFile:)` into an equal dataset.
public enum Exporter {
    public static func json(_ store: Store) throws -> String {
        var out = ""
        JSONWriter.write(.object(RecordJSON.lists(store.dataset)), expandDepth: 3, to: &out)
        return out + "\n"
    }

    public static func csv(_ store: Store) -> String {
        CSVTable.make(store.dataset, timeline: store.eventsByDate)
    }
}
