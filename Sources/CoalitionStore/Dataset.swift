/// Every record of a data directory, as decoded, before indexing.
///
/// A data directory holds one JSON file per record kind: `sources.json`, `events.json`,
/// `members.json`, `groups.json`, `figures.json`, each a JSON array (see `Docs/DATA.md`).
public struct Dataset: Hashable, Sendable {
    public var sources: [Source]
    /// In file order; decoded on demand when they live in a large file (`EventList`).
    public var events: EventList
    public var members: [Member]
    public var groups: [WorkingGroup]
    public var figures: [Figure]
    /// Groups of spellings search treats as one (`aliases.json`, optional).
    public var aliases: [AliasGroup]

    public init(sources: [Source] = [], events: [Event] = [], members: [Member] = [],
                groups: [WorkingGroup] = [], figures: [Figure] = [], aliases: [AliasGroup] = []) {
        self.init(sources: sources, events: EventList(events), members: members, groups: groups, figures: figures,
                  aliases: aliases)
    }

    public init(sources: [Source] = [], events: EventList, members: [Member] = [],
                groups: [WorkingGroup] = [], figures: [Figure] = [], aliases: [AliasGroup] = []) {
        self.sources = sources; self.events = events; self.members = members
        self.groups = groups; self.figures = figures; self.aliases = aliases
    }
}

/// The kinds of record a search hit or a cross-link can point to. A source is one too: its detail
/// lists every record that cites it.
public enum RecordKind: String, Codable, Hashable, Sendable, CaseIterable {
    case event, member, group, figure, source
}

/// A reference to one record: what the UI follows when the user opens a link.
public struct RecordRef: Hashable, Sendable, Codable {
    public var kind: RecordKind
    public var id: String
    public init(_ kind: RecordKind, _ id: String) { self.kind = kind; self.id = id }
}
