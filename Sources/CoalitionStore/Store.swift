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
    /// Events sorted by date, then id: the timeline's order. Decoded on demand when the events
    /// live in a large file; `id(at:)` and `date(at:)` read the columns without decoding.
    public let eventsByDate: EventList
    /// Timeline position of each row of the event table.
    private let positionOfRow: [Int32]

    private let memberIndex: [String: Int]
    private let groupIndex: [String: Int]
    private let figureIndex: [String: Int]
    private let sourceIndex: [String: Int]

    /// Timeline positions of the events by category, member, group and source: built on first
    /// use (or with the search index, in the background), not before the first frame, which needs
    /// none of them; a million events take a few hundred milliseconds.
    private let eventIndexes: BuiltOnFirstUse<EventIndexes>
    var eventsByMember: [String: [Int]] { eventIndexes.value.byMember }
    /// Positions in `dataset.groups`.
    let groupsByMember: [String: [Int]]
    /// Member codes, co-chairs first, without repeats.
    private let membersByGroup: [String: [String]]
    /// Positions in `dataset.figures`.
    private let figuresByTheme: [Theme: [Int]]
    let figuresByMember: [String: [Int]]
    /// By source id: every citation of that source by a member, group or figure (`SourceUse.swift`);
    /// events' citations are read from the events when asked (`EventIndexes.bySource`).
    private let usesBySource: [String: [SourceUse]]
    /// By source id: how many distinct records cite it. The Sources pane shows it on every row of
    /// every frame; counted once, on first use, not at load.
    let citingCounts: BuiltOnFirstUse<[String: Int]>

    /// The article texts the reader shows (`Articles/`); `load(directory:)` reads `articles/` there.
    public var articles = ArticleLibrary.empty

    /// Built on the first search (or by `prepareSearchInBackground()`), not at load.
    let lazySearchIndex: BuiltOnFirstUse<SearchIndex>
    var searchIndex: SearchIndex { lazySearchIndex.value }

    /// Indexes a dataset. It must already be valid; `load` validates for you.
    public init(dataset: Dataset) {
        var dataset = dataset
        // A list that is a view of part of a table (a filtered or reordered list) becomes a table
        // of its own, so that table rows and the dataset's event positions are the same.
        if dataset.events.order != nil { dataset.events = EventList(Array(dataset.events)) }
        self.dataset = dataset
        let table = dataset.events.table
        let order = Store.timelineOrder(table.columns)
        eventsByDate = EventList(table: table, order: order)
        var positionOfRow = [Int32](repeating: 0, count: order.count)
        for (position, row) in order.enumerated() { positionOfRow[Int(row)] = Int32(position) }
        self.positionOfRow = positionOfRow
        memberIndex = Store.firstPositions(dataset.members.map(\.code))
        groupIndex = Store.firstPositions(dataset.groups.map(\.id))
        figureIndex = Store.firstPositions(dataset.figures.map(\.id))
        sourceIndex = Store.firstPositions(dataset.sources.map(\.id))

        let columns = table.columns, groups = dataset.groups, figures = dataset.figures
        let eventIndexes = BuiltOnFirstUse { EventIndexes(order: order, columns: columns) }
        self.eventIndexes = eventIndexes
        groupsByMember = Store.positions(groups.count) { groups[$0].coChairs + groups[$0].members }
        var membersByGroup: [String: [String]] = [:]
        for group in dataset.groups where membersByGroup[group.id] == nil {
            var seen = Set<String>()
            membersByGroup[group.id] = (group.coChairs + group.members).filter { seen.insert($0).inserted }
        }
        self.membersByGroup = membersByGroup
        figuresByTheme = Store.positions(figures.count) { [figures[$0].theme] }
        figuresByMember = Store.positions(figures.count) { figures[$0].members }
        let uses = Store.sourceUses(dataset: dataset)
        usesBySource = uses
        citingCounts = BuiltOnFirstUse {
            var counts = uses.mapValues { Set($0.map(\.record)).count }
            for (source, positions) in eventIndexes.value.bySource { counts[source, default: 0] += positions.count }
            return counts
        }
        let timelineForSearch = eventsByDate, datasetForSearch = dataset
        lazySearchIndex = BuiltOnFirstUse { Store.makeSearchIndex(dataset: datasetForSearch, timeline: timelineForSearch) }
    }

    public func event(_ id: String) -> Event? { timelineIndex(ofEvent: id).map { eventsByDate[$0] } }
    public func member(_ code: String) -> Member? { memberIndex[code].map { dataset.members[$0] } }
    public func group(_ id: String) -> WorkingGroup? { groupIndex[id].map { dataset.groups[$0] } }
    public func figure(_ id: String) -> Figure? { figureIndex[id].map { dataset.figures[$0] } }
    public func source(_ id: String) -> Source? { sourceIndex[id].map { dataset.sources[$0] } }

    /// Position of an event in `eventsByDate`.
    public func timelineIndex(ofEvent id: String) -> Int? {
        var id = id
        return id.withUTF8 { eventsByDate.table.columns.event(withID: $0) }.map { Int(positionOfRow[$0]) }
    }

    /// Events of a category, in timeline order.
    public func events(in category: EventCategory) -> EventList {
        view(eventIndexes.value.byCategory[category])
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
    public func events(involvingMember code: String) -> EventList {
        view(eventIndexes.value.byMember[code])
    }

    /// Events that name a group, in timeline order.
    public func events(involvingGroup id: String) -> EventList {
        view(eventIndexes.value.byGroup[id])
    }

    /// Timeline positions of the events that cite a source, ascending, each once.
    public func eventPositions(citing sourceID: String) -> [Int] { eventIndexes.value.bySource[sourceID] ?? [] }

    /// The events at some timeline positions, in that order, decoded only when read.
    private func view(_ positions: [Int]?) -> EventList {
        let order = eventsByDate.order ?? []
        return EventList(table: eventsByDate.table, order: (positions ?? []).map { order[$0] })
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
    /// `eventsAtMost`: read only that many of the citing events (a source of a million-event data
    /// set may be cited by hundreds of thousands; `eventPositions(citing:)` counts them all).
    public func uses(ofSource id: String, including kinds: Set<RecordKind> = Set(RecordKind.allCases),
                     eventsAtMost: Int = .max) -> [SourceUse] {
        var uses: [SourceUse] = []
        for position in kinds.contains(.event) ? (eventIndexes.value.bySource[id] ?? []).prefix(eventsAtMost) : [] {
            let event = eventsByDate[position]
            for c in event.sources where c.source == id {
                uses.append(SourceUse(record: RecordRef(.event, event.id), quote: c.quote))
            }
        }
        return uses + (usesBySource[id] ?? []).filter { kinds.contains($0.record.kind) }
    }

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

    /// Table rows by date, then id: a counting sort on the small-integer dates (stable, linear),
    /// then each day's events by id, compared as bytes. A million events sort in tens of
    /// milliseconds; comparing whole events would take seconds.
    private static func timelineOrder(_ columns: EventColumns) -> [Int32] {
        let keys = columns.dateKeys
        guard !keys.isEmpty else { return [] }
        let low = keys.min()!, high = keys.max()!
        // Dates span at most 2100 - 1900 years; a counting sort over (year, month, day) keys.
        var starts = [Int32](repeating: 0, count: Int(high - low) + 2)
        for key in keys { starts[Int(key - low) + 1] += 1 }
        for i in 1..<starts.count { starts[i] += starts[i - 1] }
        var cursor = starts
        var order = [Int32](repeating: 0, count: keys.count)
        for (row, key) in keys.enumerated() {
            order[Int(cursor[Int(key - low)])] = Int32(row)
            cursor[Int(key - low)] += 1
        }
        // Within a day, by id: the first eight bytes as one big-endian number decide most
        // comparisons; the whole ids only when those are equal.
        let ids = columns.ids, words = columns.idWord
        let prefixes = words.map(ids.prefixKey)
        func less(_ a: Int32, _ b: Int32) -> Bool {
            let pa = prefixes[Int(a)], pb = prefixes[Int(b)]
            return pa != pb ? pa < pb : ids.precedes(words[Int(a)], words[Int(b)])
        }
        for day in 0..<(starts.count - 1) {
            let range = Int(starts[day])..<Int(starts[day + 1])
            guard range.count > 1 else { continue }
            var sorted = true
            for i in range.dropFirst() where less(order[i], order[i - 1]) { sorted = false; break }
            if !sorted { order[range].sort(by: less) }
        }
        return order
    }
}

/// The store's event indexes: timeline positions by category, member, group and source.
struct EventIndexes: Sendable {
    let byCategory: [EventCategory: [Int]]
    let byMember: [String: [Int]]
    let byGroup: [String: [Int]]
    /// By source id: the events citing it, each once.
    let bySource: [String: [Int]]

    init(order: [Int32], columns: EventColumns) {
        var byCategory: [EventCategory: [Int]] = [:]
        for (position, row) in order.enumerated() { byCategory[columns.category(Int(row)), default: []].append(position) }
        self.byCategory = byCategory
        byMember = Self.positionsByName(order, columns.members)
        byGroup = Self.positionsByName(order, columns.groups)
        bySource = Self.positionsByName(order, columns.sources)
    }

    /// For each name of a link column, the timeline positions of the events that name it (each
    /// position once, ascending). Gathered by the column's word numbers in two passes (count,
    /// then fill one flat array), named once at the end: a million events name a few million
    /// links, and growing an array per name or hashing each as a `String` takes seconds.
    private static func positionsByName(_ rows: [Int32], _ column: LinkColumn) -> [String: [Int]] {
        let count = column.names.count
        var starts = [Int](repeating: 0, count: count + 1)
        var flat: [Int] = []
        column.bounds.withUnsafeBufferPointer { bounds in
            column.items.withUnsafeBufferPointer { items in
                var last = [Int](repeating: -1, count: count)
                for (position, row) in rows.enumerated() {
                    for i in Int(bounds[Int(row)])..<Int(bounds[Int(row) + 1]) where last[Int(items[i])] != position {
                        starts[Int(items[i]) + 1] += 1
                        last[Int(items[i])] = position
                    }
                }
                for w in 0..<count { starts[w + 1] += starts[w] }
                flat = [Int](repeating: 0, count: starts[count])
                var cursor = starts
                last = [Int](repeating: -1, count: count)
                flat.withUnsafeMutableBufferPointer { flat in
                    for (position, row) in rows.enumerated() {
                        for i in Int(bounds[Int(row)])..<Int(bounds[Int(row) + 1]) where last[Int(items[i])] != position {
                            let w = Int(items[i])
                            flat[cursor[w]] = position
                            cursor[w] += 1
                            last[w] = position
                        }
                    }
                }
            }
        }
        var map = [String: [Int]](minimumCapacity: count)
        for w in 0..<count where starts[w + 1] > starts[w] { map[column.names.string(UInt32(w))] = Array(flat[starts[w]..<starts[w + 1]]) }
        return map
    }
}
