import FoundationEssentials

/// PLACEHOLDER: `tahaluf export --format json|csv`.
public enum Exporter {
    public static func json(_ store: Store) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(store.dataset.events), as: UTF8.self)
    }

    public static func csv(_ store: Store) -> String {
        "kind,id\n" + store.eventsByDate.map { "event,\($0.id)" }.joined(separator: "\n") + "\n"
    }
}
