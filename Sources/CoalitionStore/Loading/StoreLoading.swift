extension Store {
    /// Loads, validates and indexes a data directory (`sources.json`, `events.json`,
    /// `members.json`, `groups.json`, `figures.json`).
    ///
    /// Throws a `DataLoadError` listing every problem (file:line:column, record, field) if
    /// anything is wrong; a store is never half-loaded. The article texts in `<directory>/articles`
    /// are read too (`userArticles`, `--articles DIR`, is looked in first); an unreadable article
    /// is not a load error: the reader shows why and falls back to the quoted passages.
    /// ```swift
    /// let store = try Store.load(directory: DataLocator.bundledDirectory() ?? "Resources")
    /// ```
    public static func load(directory: String, userArticles: String? = nil) throws -> Store {
        try load(directory: directory, userArticles: userArticles, eventsInPiecesFrom: EventFileReader.readInPiecesFrom)
    }

    /// `eventsInPiecesFrom`: see `DatasetLoader.load(directory:eventsInPiecesFrom:)`.
    static func load(directory: String, userArticles: String? = nil, eventsInPiecesFrom threshold: Int) throws -> Store {
        var store = Store(dataset: try DatasetLoader.load(directory: directory, eventsInPiecesFrom: threshold))
        store.readArticles(from: (userArticles.map { [ArticleDirectory($0, origin: .user)] } ?? [])
                                  + [ArticleDirectory(directory + "/articles", origin: .bundled)])
        return store
    }

    /// Loads a whole-store export written by `Exporter.json`.
    public static func load(exportFile path: String) throws -> Store {
        Store(dataset: try DatasetLoader.load(exportFile: path))
    }
}
