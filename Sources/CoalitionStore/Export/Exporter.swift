import FoundationEssentials

/// `tahaluf export --format json|csv`: the whole store, every record with its citations, and
/// the sources they point to.
///
/// ```swift
/// print(try Exporter.json(store))         // {"sources": [...], "events": [...], "members": [...], ...}
/// Exporter.csv(store)                     // one long table: table,id,kind,file,outlet_ar,...
/// try Exporter.writeCSV(store, to: "out") // out/sources.csv, out/events.csv, ... (CSVTable)
/// ```
/// The JSON form loads back with `Store.load(exportFile:)` into an equal dataset; the CSV tables
/// hold every field of it too (`Tests/CoalitionStoreTests/CSVRoundTripTests.swift` reads them back).
public enum Exporter {
    public static func json(_ store: Store) throws -> String {
        var out = ""
        JSONWriter.write(.object(RecordJSON.lists(store.dataset)), expandDepth: 3, to: &out)
        return out + "\n"
    }

    /// Every table, one per kind of row (`CSVTable.tables`).
    public static func csvTables(_ store: Store) -> [CSVTable] {
        CSVTable.tables(store.dataset, timeline: store.eventsByDate)
    }

    /// All tables as one stream (`CSVTable.combined`), for standard output.
    public static func csv(_ store: Store, byteOrderMark: Bool = false) -> String {
        CSVTable.combined(csvTables(store)).text(byteOrderMark: byteOrderMark)
    }

    /// Writes `<name>.csv` for every table into `directory` (created if missing), each file
    /// replaced atomically so a reader never sees half a table. Returns the paths written.
    @discardableResult
    public static func writeCSV(_ store: Store, to directory: String, byteOrderMark: Bool = false) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return try csvTables(store).map { table in
            let path = directory + "/" + table.name + ".csv"
            try Data(table.text(byteOrderMark: byteOrderMark).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return path
        }
    }
}
