/// The in-memory, immutable store the UI reads: the dataset plus its indexes, built once.
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

    /// Positions in `eventsByDate`.
    private let eventsByCategory: [EventCategory: [Int]]
    private let eventsByMember: [String: [Int]]
    private let eventsByGroup: [String: [Int]]
    /// Positions in `dataset.members`.
    private let membersByRegion: [Region: [Int]]
    /// Positions in `dataset.groups`.
    private let groupsByMember: [String: [Int]]
    /// Member codes, co-chairs first, without repeats.
    private let membersByGroup: [String: [String]]
    /// Positions in `dataset.figures`.
    private let figuresByTheme: [Theme: [Int]]
    private let figuresByMember: [String: [Int]]

    let searchIndex: SearchIndex

    /// Indexes a dataset. It must already be valid; `load` validates for you.
    public init(dataset: Dataset) {
        self.dataset = dataset
        eventsByDate = dataset.events.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        eventIndex = Store.firstPositions(eventsByDate.map(\.id))
        memberIndex = Store.firstPositions(dataset.members.map(\.code))
        groupIndex = Store.firstPositions(dataset.groups.map(\.id))
        figureIndex = Store.firstPositions(dataset.figures.map(\.id))
        sourceIndex = Store.firstPositions(dataset.sources.map(\.id))

        eventsByCategory = Store.positions(eventsByDate) { [$0.category] }
        eventsByMember = Store.positions(eventsByDate) { $0.members }
        eventsByGroup = Store.positions(eventsByDate) { $0.groups }
        membersByRegion = Store.positions(dataset.members) { [$0.region] }
        groupsByMember = Store.positions(dataset.groups) { $0.coChairs + $0.members }
        var membersByGroup: [String: [String]] = [:]
        for group in dataset.groups where membersByGroup[group.id] == nil {
            var seen = Set<String>()
            membersByGroup[group.id] = (group.coChairs + group.members).filter { seen.insert($0).inserted }
        }
        self.membersByGroup = membersByGroup
        figuresByTheme = Store.positions(dataset.figures) { [$0.theme] }
        figuresByMember = Store.positions(dataset.figures) { $0.members }
        searchIndex = Store.makeSearchIndex(dataset: dataset, timeline: eventsByDate)
    }

    public func event(_ id: String) -> Event? { eventIndex[id].map { eventsByDate[$0] } }
    public func member(_ code: String) -> Member? { memberIndex[code].map { dataset.members[$0] } }
    public func group(_ id: String) -> WorkingGroup? { groupIndex[id].map { dataset.groups[$0] } }
    public func figure(_ id: String) -> Figure? { figureIndex[id].map { dataset.figures[$0] } }
    public func source(_ id: String) -> Source? { sourceIndex[id].map { dataset.sources[$0] } }

    /// Position of an event in `eventsByDate`.
    public func timelineIndex(ofEvent id: String) -> Int? { eventIndex[id] }

    /// Events of a category, in timeline order.
    public func events(in category: EventCategory) -> [Event] {
        (eventsByCategory[category] ?? []).map { eventsByDate[$0] }
    }

    public func members(in region: Region) -> [Member] {
        (membersByRegion[region] ?? []).map { dataset.members[$0] }
    }

    /// Groups a member co-chairs or belongs to.
    public func groups(ofMember code: String) -> [WorkingGroup] {
        (groupsByMember[code] ?? []).map { dataset.groups[$0] }
    }

    /// Co-chairs and members of a group, co-chairs first, without repeats.
    public func members(ofGroup id: String) -> [String] {
        membersByGroup[id] ?? []
    }

    /// Events that name a member, in timeline order.
    public func events(involvingMember code: String) -> [Event] {
        (eventsByMember[code] ?? []).map { eventsByDate[$0] }
    }

    /// Events that name a group, in timeline order.
    public func events(involvingGroup id: String) -> [Event] {
        (eventsByGroup[id] ?? []).map { eventsByDate[$0] }
    }

    public func figures(theme: Theme) -> [Figure] {
        (figuresByTheme[theme] ?? []).map { dataset.figures[$0] }
    }

    /// Figures that name a member (donations and the like).
    public func figures(involvingMember code: String) -> [Figure] {
        (figuresByMember[code] ?? []).map { dataset.figures[$0] }
    }

    private static func firstPositions(_ keys: [String]) -> [String: Int] {
        var map = [String: Int](minimumCapacity: keys.count)
        for (i, k) in keys.enumerated() where map[k] == nil { map[k] = i }
        return map
    }

    /// For each key, the positions of the records that list it (each position once, ascending).
    private static func positions<Record, Key: Hashable>(_ records: [Record], _ keys: (Record) -> [Key]) -> [Key: [Int]] {
        var map: [Key: [Int]] = [:]
        for (i, record) in records.enumerated() {
            for key in keys(record) where map[key]?.last != i { map[key, default: []].append(i) }
        }
        return map
    }
}
