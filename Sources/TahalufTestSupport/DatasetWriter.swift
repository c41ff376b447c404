import CoalitionStore
import FoundationEssentials

/// Writes a dataset as a data directory (`sources.json`, `events.json`, ...) that
/// `Store.load(directory:)` reads back: for synthetic benchmarks, tests, and splitting an export.
///
/// ```swift
/// try DatasetWriter.write(SyntheticData.make(events: 1000, members: 100, seed: 1), to: "/tmp/data")
/// ```
package enum DatasetWriter {
    /// The optional file of alias groups (the loader's `DatasetFiles.aliases`).
    static let aliasesFile = "aliases.json"

    package static func write(_ dataset: Dataset, to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // Each list's export key names its file: `events` is `events.json`.
        for (key, list) in RecordJSON.lists(dataset) {
            var out = ""
            JSONWriter.write(list, expandDepth: 2, to: &out)
            out += "\n"
            try Data(out.utf8).write(to: URL(fileURLWithPath: directory + "/" + key + ".json"))
        }
        // Aliases are optional: the file is written only when there are some.
        guard !dataset.aliases.isEmpty else { return }
        let groups = JSONValue.array(dataset.aliases.map { group in
            .object([("spellings", JSONValue.strings(group.spellings))] + (group.note.map { [("note", JSONValue.string($0))] } ?? []))
        })
        var out = ""
        JSONWriter.write(groups, expandDepth: 1, to: &out)
        out += "\n"
        try Data(out.utf8).write(to: URL(fileURLWithPath: directory + "/" + aliasesFile))
    }
}
