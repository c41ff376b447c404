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
    /// Optional: groups of spellings search treats as one (`AliasDecoding`).
    static let aliases = "aliases.json"
    /// The order files are decoded in, so that every cross-link points to a record already read
    /// (events name members, groups and figures; groups name members and figures; all cite sources).
    static let dependencyOrder = [sources, members, figures, groups, events]

    /// The key a file's records have in an export (`{"sources": [...], "events": [...], ...}`).
    static func exportKey(_ file: String) -> StaticString {
        switch file {
        case sources: return "sources"
        case events: return "events"
        case members: return "members"
        case groups: return "groups"
        default: return "figures"
        }
    }

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
