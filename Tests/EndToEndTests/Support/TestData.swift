import Foundation

/// Data directories for the runs: the bundled data set, and broken ones.
enum TestData {
    /// Arguments that select the bundled data (none: tahaluf finds `Resources/` itself). Until the
    /// data set is in the tree, an empty but valid directory.
    static let bundled: [String] = {
        if FileManager.default.fileExists(atPath: Paths.repositoryRoot.appendingPathComponent("Resources").path) { return [] }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tahaluf-empty-data-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in ["sources", "events", "members", "groups", "figures"] {
            try? "[]\n".write(to: directory.appendingPathComponent("\(name).json"), atomically: true, encoding: .utf8)
        }
        return ["--data", directory.path]
    }()

    /// A data directory where `events.json` breaks off in the middle (line 3), the rest valid.
    static func truncatedEvents() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tahaluf-bad-data-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in ["sources", "members", "groups", "figures"] {
            try "[]\n".write(to: directory.appendingPathComponent("\(name).json"), atomically: true, encoding: .utf8)
        }
        try "[\n  {\n    \"id\": \"broken\",\n".write(to: directory.appendingPathComponent("events.json"),
                                                   atomically: true, encoding: .utf8)
        return directory
    }
}
