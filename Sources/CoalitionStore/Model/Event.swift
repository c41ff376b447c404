/// A dated event on the timeline.
///
/// ```json
/// {"id": "ministerial-2022-marrakesh", "date": "2022", "category": "ministerial",
///  "title": {"ar": "الاجتماع الوزاري في مراكش", "en": "Ministerial meeting in Marrakesh"},
///  "summary": {"ar": "...", "en": "..."}, "place": {"ar": "مراكش", "en": "Marrakesh"},
///  "members": ["MAR"], "groups": [], "figures": [],
///  "sources": [{"source": "seed-002", "quote": "وعام 2022م في مراكش"}]}
/// ```
public struct Event: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var date: FactDate
    /// Set when the date (or its year) is inferred rather than stated: says why.
    public var inferred: Localized?
    public var category: EventCategory
    public var title: Localized
    public var summary: Localized
    public var place: Localized?
    /// Member codes (`Member.code`) involved.
    public var members: [String]
    /// Member codes named only as places where (part of) the event happened, not as actors: the
    /// countries where a network's servers were shut down are not members "involved" in the action.
    /// The event's `place` says what happened there.
    public var locations: [String]
    /// Working-group ids (`WorkingGroup.id`) involved.
    public var groups: [String]
    /// Figure ids (`Figure.id`) this event reports.
    public var figures: [String]
    public var sources: [Citation]
    /// Discrepancies and caveats kept visible (e.g. a seed's wrong month name).
    public var notes: [Localized]

    public init(id: String, date: FactDate, inferred: Localized? = nil, category: EventCategory,
                title: Localized, summary: Localized, place: Localized? = nil, members: [String] = [],
                locations: [String] = [], groups: [String] = [], figures: [String] = [], sources: [Citation], notes: [Localized] = []) {
        self.id = id; self.date = date; self.inferred = inferred; self.category = category
        self.title = title; self.summary = summary; self.place = place; self.members = members
        self.locations = locations
        self.groups = groups; self.figures = figures; self.sources = sources; self.notes = notes
    }
}

/// What kind of event this is; drives the timeline's category mark and filter.
public enum EventCategory: String, Codable, Hashable, Sendable, CaseIterable {
    case founding, ministerial, military, stabilisation
    case counterMessaging = "counter-messaging"
    case counterFinance = "counter-finance"
    case foreignFighters = "foreign-fighters"
    case membership, leadership
}
