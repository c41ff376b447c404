/// The files of a data directory, in the order they are read and reported.
///
/// ```
/// Resources/sources.json  events.json  members.json  groups.json  figures.json
/// ```
enum DatasetFiles {
    static let sources = "sources.json"
    static let events = "events.json"
    static let members = "members.json"
    static let groups = "groups.json"
    static let figures = "figures.json"
    static let all = [sources, events, members, groups, figures]

    /// The key each kind has in an export (`{"sources": [...], "events": [...], ...}`).
    static let exportKeys = ["sources", "events", "members", "groups", "figures"]

    static func file(for target: DecodeContext.LinkTarget) -> String {
        switch target {
        case .event: return events
        case .member: return members
        case .group: return groups
        case .figure: return figures
        case .source: return sources
        }
    }
}
