/// A value built the first time someone asks for it, once, whichever thread asks; or built ahead
/// on a background thread while the caller does something else.
///
/// The store's search index is one: building it normalises every text of the data set (about a
/// third of a cold start's load time), and most runs never search (`check`, `dump`, `export`, a
/// browsing session without `/`). The browser builds it in the background in its first second
/// without input, so the first search does not wait either. A reader that arrives while the
/// background thread is building waits for that build; one that arrives before the thread has
/// started builds it itself.
///
/// ```swift
/// let index = BuiltOnFirstUse { SearchIndex(dataset) }
/// index.buildInBackground()                // optional: start now, on another thread
/// index.value.search("مراكش", limit: 10)   // waits for the build, or builds here
/// ```
package final class BuiltOnFirstUse<Value: Sendable>: Sendable {
    private let built = Locked<Value?>(nil)
    private let build: @Sendable () -> Value

    package init(_ build: @escaping @Sendable () -> Value) { self.build = build }

    package var value: Value {
        built.withLock { built in
            if let value = built { return value }
            let value = build()
            built = value
            progress.withLock { $0 = .built }
            return value
        }
    }

    /// Starts building on a detached thread of its own; returns at once.
    package func buildInBackground() {
        let starts = progress.withLock { progress in
            guard progress == .notStarted else { return false }
            progress = .building
            return true
        }
        if starts { WorkerThread.detach { _ = self.value } }
    }

    /// The value if it is built; nil while a background build runs (the caller shows that it
    /// waits instead of waiting: a million events' search index takes seconds). Not started: nil,
    /// and the background build starts.
    package var valueIfBuilt: Value? {
        switch progress.withLock({ $0 }) {
        case .built: return value
        case .building: return nil
        case .notStarted:
            buildInBackground()
            return nil
        }
    }

    private enum Progress { case notStarted, building, built }
    private let progress = Locked(Progress.notStarted)
}
