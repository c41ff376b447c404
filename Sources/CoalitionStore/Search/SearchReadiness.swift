extension Store {
    /// From this many events a search never waits for the index in the caller's thread: it is
    /// built in the background (a million events take seconds) and `searchIfReady` answers nil
    /// meanwhile. Below it the index takes well under a second and is built on first use.
    public static let searchBuiltInBackgroundFrom = 50_000

    /// `search`, without waiting for the index of a large store: nil while it is being built
    /// (the first call starts that build). The browser says so and searches again when it is ready.
    public func searchIfReady(_ query: String, limit: Int = 100) -> [SearchHit]? {
        guard eventsByDate.count >= Store.searchBuiltInBackgroundFrom else { return search(query, limit: limit) }
        guard lazySearchIndex.valueIfBuilt != nil else { return nil }
        return search(query, limit: limit)
    }
}
