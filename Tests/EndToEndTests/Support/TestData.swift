import Foundation

/// Data directories for the runs: the bundled data set, and broken ones.
enum TestData {
    /// Arguments that select the bundled data: none, tahaluf finds `Resources/` itself.
    static let bundled: [String] = []

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
