import ArgumentParser
import CoalitionStore
import SharedValues

/// `--data PATH`, shared by every subcommand, and the one place data is loaded.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Data directory (default: the bundled data set).", valueName: "path"))
    var data: String?

    /// The directory to read: `--data`, else the bundled `Resources/`.
    func directory() throws -> String { try Self.directory(data) }

    static func directory(_ data: String?) throws -> String {
        if let data { return data }
        guard let bundled = DataLocator.bundledDirectory() else {
            printError("tahaluf: the bundled data set was not found; pass --data PATH.")
            throw ExitStatus.badData
        }
        return bundled
    }

    /// Loads and validates the data before any terminal set-up, so a bad file gives a message on
    /// a normal terminal and exit status 2. The message lists every problem (file, line, field).
    func loadStore() throws -> Store { try Self.loadStore(from: data) }

    /// `loadStore` for a `--data` value (nil: the bundled data set) and the browser's `--articles`.
    static func loadStore(from data: String?, articles: String? = nil) throws -> Store {
        let path = try directory(data)
        do {
            return try Store.load(directory: path, userArticles: articles)
        } catch {
            printError("tahaluf: cannot load the data in \(VisibleText.escaped(path)):\n\(String(describing: error))")
            throw ExitStatus.badData
        }
    }
}
