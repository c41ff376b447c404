import FoundationEssentials

/// Reads a data directory into a `Store`.
/// PLACEHOLDER: decodes without validation; replaced by the validating loader.
extension Store {
    public static func load(directory: String) throws -> Store {
        func read<T: Decodable>(_ name: String, as: T.Type) throws -> T {
            let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
            return try JSONDecoder().decode(T.self, from: data)
        }
        let dataset = Dataset(sources: try read("sources.json", as: [Source].self),
                              events: try read("events.json", as: [Event].self),
                              members: try read("members.json", as: [Member].self),
                              groups: try read("groups.json", as: [WorkingGroup].self),
                              figures: try read("figures.json", as: [Figure].self))
        return Store(dataset: dataset)
    }
}
