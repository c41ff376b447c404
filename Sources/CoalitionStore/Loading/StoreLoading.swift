extension Store {
    /// Loads, validates and indexes a data directory (`sources.json`, `events.json`,
    /// `members.json`, `groups.json`, `figures.json`).
    ///
    /// Throws a `DataLoadError` listing every problem (file:line:column, record, field) if
    /// anything is wrong; a store is never half-loaded.
    /// ```swift
    /// let store = try Store.load(directory: DataLocator.bundledDirectory() ?? "Resources")
    /// ```
    public static func load(directory: String) throws -> Store {
        Store(dataset: try DatasetLoader.load(directory: directory))
    }

    /// Loads a whole-store export written by `Exporter.json`.
    public static func load(exportFile path: String) throws -> Store {
        Store(dataset: try DatasetLoader.load(exportFile: path))
    }
}
