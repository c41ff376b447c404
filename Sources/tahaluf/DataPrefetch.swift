import CoalitionStore
import SharedValues

/// Loads the bundled data set on a second thread while ArgumentParser reads the command line.
///
/// Parsing costs about 4 ms at start-up (ArgumentParser reflects over every command's options)
/// and loading about 5 ms; on any machine with two cores they now overlap, and the browser's
/// first frame comes that much sooner. Only the bundled data set is loaded ahead, and only when
/// the command line has no `--data`: the directory `DataOptions` will then ask for. Asking for
/// any other directory loads it as before. The result, error included, is exactly what
/// `Store.load` gives on the main thread.
///
/// ```swift
/// DataPrefetch.start(arguments: CommandLine.arguments)   // first thing in main
/// let store = try DataPrefetch.load(directory: path)     // waits for the prefetch, or loads
/// ```
enum DataPrefetch {
    private struct Pending: Sendable {
        var directory: String
        var result: BuiltOnFirstUse<Result<Store, any Error>>
    }

    private static let pending = Locked<Pending?>(nil)

    static func start(arguments: [String]) {
        guard !arguments.contains(where: { $0 == "--data" || $0.hasPrefix("--data=") }),
              let directory = DataLocator.bundledDirectory() else { return }
        let result = BuiltOnFirstUse { Result { try Store.load(directory: directory) } }
        pending.withLock { $0 = Pending(directory: directory, result: result) }
        result.buildInBackground()
    }

    /// The store in `directory`: the prefetched one (waiting for it if need be) when it is that
    /// directory, else loaded now.
    static func load(directory: String) throws -> Store {
        let prefetched = pending.withLock { pending -> BuiltOnFirstUse<Result<Store, any Error>>? in
            defer { pending = nil }
            return pending?.directory == directory ? pending?.result : nil
        }
        if let prefetched { return try prefetched.value.get() }
        return try Store.load(directory: directory)
    }
}
