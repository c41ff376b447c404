/// A coalition working group, the Africa Focus Group, or the Small Group.
///
/// ```json
/// {"id": "counter-finance", "kind": "working-group",
///  "name": {"ar": "مجموعة التصدي لجهود تمويل داعش", "en": "Counter-ISIS Finance Group"},
///  "short": {"ar": "التمويل", "en": "CIFG"}, "coChairs": ["SAU", "USA", "ITA"], "members": [],
///  "mandate": {"ar": "...", "en": "..."}, "resolutions": ["UNSCR 1267"], "figures": ["cifg-members"],
///  "founded": null, "sources": [{"source": "seed-002"}]}
/// ```
public struct WorkingGroup: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: GroupKind
    public var name: Localized
    /// A short label for narrow columns and tabs.
    public var short: Localized
    /// Member codes of the co-chairs, in the order the source names them.
    public var coChairs: [String]
    /// Member codes of the members, where the source lists them (the Small Group).
    public var members: [String]
    public var mandate: Localized
    /// UN Security Council resolutions the group works under, e.g. "UNSCR 2178".
    public var resolutions: [String]
    /// Figure ids about this group.
    public var figures: [String]
    public var founded: FactDate?
    public var sources: [Citation]
    public var notes: [Localized]

    public init(id: String, kind: GroupKind, name: Localized, short: Localized, coChairs: [String] = [],
                members: [String] = [], mandate: Localized, resolutions: [String] = [], figures: [String] = [],
                founded: FactDate? = nil, sources: [Citation], notes: [Localized] = []) {
        self.id = id; self.kind = kind; self.name = name; self.short = short; self.coChairs = coChairs
        self.members = members; self.mandate = mandate; self.resolutions = resolutions; self.figures = figures
        self.founded = founded; self.sources = sources; self.notes = notes
    }
}

public enum GroupKind: String, Codable, Hashable, Sendable, CaseIterable {
    case workingGroup = "working-group"
    case focusGroup = "focus-group"
    case smallGroup = "small-group"
}
