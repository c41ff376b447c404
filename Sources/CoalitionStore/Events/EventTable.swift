/// Every event of a data set: the columns (`EventColumns`) for all of them, and the whole events
/// either in memory (the bundled data, data built in code) or in their file, decoded when asked
/// (`EventFile`: a user's 100,000 or 1,000,000 events are never all decoded at once).
final class EventTable: Sendable {
    enum Backing: Sendable {
        case memory([Event])
        case file(EventFile)
    }

    let columns: EventColumns
    let backing: Backing

    init(columns: EventColumns, backing: Backing) {
        self.columns = columns
        self.backing = backing
    }

    convenience init(_ events: [Event]) {
        self.init(columns: EventColumns(events), backing: .memory(events))
    }

    var count: Int { columns.count }

    /// Event `e` in full.
    func event(_ e: Int) -> Event {
        switch backing {
        case .memory(let events): return events[e]
        case .file(let file): return file.event(e) ?? placeholder(e)
        }
    }

    /// What a row shows for an event whose file changed under the program: its columns, and a
    /// title saying what happened (the data was checked when it was loaded; the file is not ours).
    private func placeholder(_ e: Int) -> Event {
        let changed = Localized(ar: "تغيّر ملف الأحداث بعد تحميله؛ أعد فتح البرنامج",
                                en: "events.json changed after it was loaded; restart to read it again")
        return Event(id: columns.id(e), date: columns.date(e), category: columns.category(e), title: changed,
                     summary: changed, members: columns.members.strings(e), groups: columns.groups.strings(e),
                     sources: columns.sources.strings(e).map { Citation(source: $0) })
    }
}

/// A list of events: all of a data set's in file order (`Dataset.events`) or in timeline order
/// (`Store.eventsByDate`). Reading an element decodes it if it lives in a file; the columns
/// (`id(at:)`, `date(at:)`; `EventQuery` for filters) answer without decoding.
///
/// ```swift
/// let events = EventList([event1, event2])    // in memory
/// store.eventsByDate[0].title                 // decoded on demand from a large file
/// store.eventsByDate.date(at: 0)              // from the columns
/// ```
public struct EventList: RandomAccessCollection, MutableCollection, Hashable, Sendable {
    let table: EventTable
    /// Table rows in list order; nil when the list is the table's order.
    let order: [Int32]?

    init(table: EventTable, order: [Int32]?) {
        self.table = table
        self.order = order
    }

    public init(_ events: [Event] = []) { self.init(table: EventTable(events), order: nil) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { order?.count ?? table.count }

    /// Setting an element rebuilds the list in memory: for tests and data built in code.
    public subscript(position: Int) -> Event {
        get { table.event(row(position)) }
        set {
            var events = Array(self)
            events[position] = newValue
            self = EventList(events)
        }
    }

    /// The table row of a list position.
    @inline(__always)
    func row(_ position: Int) -> Int { order.map { Int($0[position]) } ?? position }

    public func id(at position: Int) -> String { table.columns.id(row(position)) }
    public func date(at position: Int) -> FactDate { table.columns.date(row(position)) }

    /// Same events in the same order. Two views of one table compare without decoding.
    public static func == (a: EventList, b: EventList) -> Bool {
        if a.table === b.table && a.order == b.order { return true }
        return a.count == b.count && a.elementsEqual(b)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        if let first = first { hasher.combine(first.id) }
    }
}
