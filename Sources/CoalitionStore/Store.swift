/// The in-memory, immutable store the UI reads: the dataset plus its indexes.
///
/// ```swift
/// let store = try Store.load(directory: "Resources")
/// let hits = store.search("مراكش")          // the 2022 ministerial first
/// let groups = store.groups(ofMember: "SAU")   // counter-finance (co-chair), small group
/// ```
public struct Store: Sendable {
    public let dataset: Dataset
    /// Events sorted by date, then id: the timeline's order.
    public let eventsByDate: [Event]

    private let eventIndex: [String: Int]
    private let memberIndex: [String: Int]
    private let groupIndex: [String: Int]
    private let figureIndex: [String: Int]
    private let sourceIndex: [String: Int]

    /// Indexes a dataset. It must already be valid (see `Validator`); `load` validates for you.
    public init(dataset: Dataset) {
        self.dataset = dataset
        eventsByDate = dataset.events.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        eventIndex = Store.index(eventsByDate.map(\.id))
        memberIndex = Store.index(dataset.members.map(\.code))
        groupIndex = Store.index(dataset.groups.map(\.id))
        figureIndex = Store.index(dataset.figures.map(\.id))
        sourceIndex = Store.index(dataset.sources.map(\.id))
    }

    public func event(_ id: String) -> Event? { eventIndex[id].map { eventsByDate[$0] } }
    public func member(_ code: String) -> Member? { memberIndex[code].map { dataset.members[$0] } }
    public func group(_ id: String) -> WorkingGroup? { groupIndex[id].map { dataset.groups[$0] } }
    public func figure(_ id: String) -> Figure? { figureIndex[id].map { dataset.figures[$0] } }
    public func source(_ id: String) -> Source? { sourceIndex[id].map { dataset.sources[$0] } }

    /// Position of an event in `eventsByDate`.
    public func timelineIndex(ofEvent id: String) -> Int? { eventIndex[id] }

    public func events(in category: EventCategory) -> [Event] {
        eventsByDate.filter { $0.category == category }
    }

    public func members(in region: Region) -> [Member] {
        dataset.members.filter { $0.region == region }
    }

    /// Groups a member co-chairs or belongs to.
    public func groups(ofMember code: String) -> [WorkingGroup] {
        dataset.groups.filter { $0.coChairs.contains(code) || $0.members.contains(code) }
    }

    /// Co-chairs and members of a group, co-chairs first, without repeats.
    public func members(ofGroup id: String) -> [String] {
        guard let g = group(id) else { return [] }
        var seen = Set<String>()
        return (g.coChairs + g.members).filter { seen.insert($0).inserted }
    }

    public func events(involvingMember code: String) -> [Event] {
        eventsByDate.filter { $0.members.contains(code) }
    }

    public func events(involvingGroup id: String) -> [Event] {
        eventsByDate.filter { $0.groups.contains(id) }
    }

    public func figures(theme: Theme) -> [Figure] {
        dataset.figures.filter { $0.theme == theme }
    }

    /// Figures that name a member (donations and the like).
    public func figures(involvingMember code: String) -> [Figure] {
        dataset.figures.filter { $0.members.contains(code) }
    }

    private static func index(_ keys: [String]) -> [String: Int] {
        var map = [String: Int](minimumCapacity: keys.count)
        for (i, k) in keys.enumerated() where map[k] == nil { map[k] = i }
        return map
    }
}
