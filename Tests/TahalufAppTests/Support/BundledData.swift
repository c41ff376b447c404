import CoalitionStore
import Foundation

/// The data set the app ships (`Resources/` at the top of the repository), found from this
/// file's path so tests run from any directory. Snapshots use it, so a golden shows what a user
/// sees; a data change shows up as a snapshot diff to read and re-record.
enum BundledData {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources").path

    private static let loaded = Result { try Store.load(directory: directory) }

    /// The bundled store; throws (failing the test) with the loader's message when it does not load.
    static func store() throws -> Store { try loaded.get() }
}
