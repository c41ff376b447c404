/// A test on events that the columns answer (`EventColumns`), so that filtering a million events
/// decodes none of them: the browser's facets become one of these.
///
/// ```swift
/// let query = EventQuery(category: .ministerial, years: 2016...2018, members: ["MAR", "TUN"])
/// store.eventPositions(matching: query)      // timeline positions, ascending
/// ```
public struct EventQuery: Sendable, Hashable {
    public var category: EventCategory?
    public var years: ClosedRange<Int>?
    /// The event names this group.
    public var group: String?
    /// The event names at least one of these members.
    public var anyMember: Set<String>?
    /// For each set, the event cites at least one of its sources.
    public var citing: [Set<String>]

    public init(category: EventCategory? = nil, years: ClosedRange<Int>? = nil, group: String? = nil,
                anyMember: Set<String>? = nil, citing: [Set<String>] = []) {
        self.category = category; self.years = years; self.group = group; self.anyMember = anyMember; self.citing = citing
    }
}

extension Store {
    /// Timeline positions of the events that pass the query, ascending.
    public func eventPositions(matching query: EventQuery) -> [Int] {
        let test = ColumnTest(query, eventsByDate.table.columns)
        guard let test else { return [] }
        var positions: [Int] = []
        for position in eventsByDate.indices where test.passes(eventsByDate.row(position)) { positions.append(position) }
        return positions
    }

    /// Whether the event at a timeline position passes the query.
    public func event(at position: Int, matches query: EventQuery) -> Bool {
        ColumnTest(query, eventsByDate.table.columns)?.passes(eventsByDate.row(position)) ?? false
    }
}

/// A query with its names turned into the columns' word numbers once.
private struct ColumnTest {
    let columns: EventColumns
    let category: UInt8?
    let years: ClosedRange<Int32>?
    let group: UInt32?
    let members: Set<UInt32>?
    let citing: [Set<UInt32>]

    /// Nil when no event can pass (a name no event uses).
    init?(_ query: EventQuery, _ columns: EventColumns) {
        self.columns = columns
        category = query.category.map(EventColumns.categoryCode)
        years = query.years.map { Int32($0.lowerBound)...Int32($0.upperBound) }
        if let id = query.group {
            guard let word = columns.groups.word(id) else { return nil }
            group = word
        } else {
            group = nil
        }
        members = query.anyMember.map { Set($0.compactMap(columns.members.word)) }
        citing = query.citing.map { Set($0.compactMap(columns.sources.word)) }
    }

    func passes(_ row: Int) -> Bool {
        if let category, columns.categories[row] != category { return false }
        if let years, !years.contains(columns.dateKeys[row] / 10_000) { return false }
        if let group, !columns.groups.words(row).contains(group) { return false }
        if let members, !columns.members.words(row).contains(where: members.contains) { return false }
        for sources in citing where !columns.sources.words(row).contains(where: sources.contains) { return false }
        return true
    }
}
