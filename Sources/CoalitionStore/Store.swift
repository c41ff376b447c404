import SharedValues

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
    let eventsByMember: [String: [Int]]
    private let eventsByGroup: [String: [Int]]
    /// Positions in `dataset.members` by the year of `joined`; undated members are under no year.
    let membersByJoinYear: [Int: [Int]]
    /// Positions in `dataset.groups`.
    let groupsByMember: [String: [Int]]
    /// Member codes, co-chairs first, without repeats.
    private let membersByGroup: [String: [String]]
    /// Positions in `dataset.figures`.
    private let figuresByTheme: [Theme: [Int]]
    let figuresByMember: [String: [Int]]
    /// By source id: every citation of that source (`SourceUse.swift`).
    private let usesBySource: [String: [SourceUse]]
    /// By source id: how many distinct records cite it. The Sources pane shows it on every row of
    /// every frame; counted once, on first use, not at load.
    private let citingCounts: BuiltOnFirstUse<[String: Int]>

    /// The article texts the reader shows (`Articles/`); `load(directory:)` reads `articles/` there.
    public var articles = ArticleLibrary.empty

    /// Built on the first search (or by `prepareSearchInBackground()`), not at load.
    let lazySearchIndex: BuiltOnFirstUse<SearchIndex>
    var searchIndex: SearchIndex { lazySearchIndex.value }

    /// Indexes a dataset. It must already be valid; `load` validates for you.
    public init(dataset: Dataset) {
        self.dataset = dataset
        eventsByDate = Store.timeline(dataset.events)
        eventIndex = Store.firstPositions(eventsByDate.map(\.id))
        memberIndex = Store.firstPositions(dataset.members.map(\.code))
        groupIndex = Store.firstPositions(dataset.groups.map(\.id))
        figureIndex = Store.firstPositions(dataset.figures.map(\.id))
        sourceIndex = Store.firstPositions(dataset.sources.map(\.id))

        let timeline = eventsByDate, members = dataset.members, groups = dataset.groups, figures = dataset.figures
        eventsByCategory = Store.positions(timeline.count) { [timeline[$0].category] }
        eventsByMember = Store.positions(timeline.count) { timeline[$0].members }
        eventsByGroup = Store.positions(timeline.count) { timeline[$0].groups }
        membersByJoinYear = Store.positions(members.count) { members[$0].joined.map { [$0.year] } ?? [] }
        groupsByMember = Store.positions(groups.count) { groups[$0].coChairs + groups[$0].members }
        var membersByGroup: [String: [String]] = [:]
        for group in dataset.groups where membersByGroup[group.id] == nil {
            var seen = Set<String>()
            membersByGroup[group.id] = (group.coChairs + group.members).filter { seen.insert($0).inserted }
        }
        self.membersByGroup = membersByGroup
        figuresByTheme = Store.positions(figures.count) { [figures[$0].theme] }
        figuresByMember = Store.positions(figures.count) { figures[$0].members }
        let uses = Store.sourceUses(dataset: dataset, timeline: timeline)
        usesBySource = uses
        citingCounts = BuiltOnFirstUse { uses.mapValues { Set($0.map(\.record)).count } }
        let timelineForSearch = eventsByDate
        lazySearchIndex = BuiltOnFirstUse { Store.makeSearchIndex(dataset: dataset, timeline: timelineForSearch) }
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

    /// Every citation of a source, grouped by record kind (events in timeline order, then members,
    /// groups, figures); a record that cites the source twice (two observations) appears twice.
    public func uses(ofSource id: String) -> [SourceUse] { usesBySource[id] ?? [] }

    /// How many distinct records cite a source.
    public func citingRecordCount(ofSource id: String) -> Int { citingCounts.value[id] ?? 0 }

    private static func firstPositions(_ keys: [String]) -> [String: Int] {
        var map = [String: Int](minimumCapacity: keys.count)
        for (i, k) in keys.enumerated() where map[k] == nil { map[k] = i }
        return map
    }

    /// For each key, the positions of the records that list it (each position once, ascending).
    /// Records are reached by position so that no whole record is copied.
    private static func positions<Key: Hashable>(_ count: Int, _ keys: (Int) -> [Key]) -> [Key: [Int]] {
        var map: [Key: [Int]] = [:]
        for i in 0..<count {
            for key in keys(i) where map[key]?.last != i { map[key, default: []].append(i) }
        }
        return map
    }

    /// Events by date, then id. Sorts positions on a precomputed date key rather than moving
    /// whole events around.
    private static func timeline(_ events: [Event]) -> [Event] {
        let keys = events.map { $0.date.year * 10_000 + ($0.date.month ?? 0) * 100 + ($0.date.day ?? 0) }
        let order = events.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : events[a].id < events[b].id
        }
        return order.map { events[$0] }
    }
}
