/// What every pane, facet and index needs of *every* event, kept as columns: the id, the date,
/// the category and the members, groups and sources the event names. A million events fit in
/// about 100 MiB this way; the rest of an event (titles, summaries, places, quotes, notes) is
/// read only when a row shows it (`EventTable`).
///
/// Dates are small integers (`year * 10_000 + month * 100 + day`, 0 for a missing part), which
/// sort in `FactDate` order; names are interned, so a member code named by 300,000 events is
/// stored once.
struct EventColumns: Sendable {
    /// Distinct event ids; `idWord[e]` is event `e`'s.
    private(set) var ids = WordTable()
    private(set) var idWord: [UInt32] = []
    /// The first event with each id (ids are unique in loaded data; a hand-built data set may repeat one).
    private(set) var firstEventOfWord: [Int32] = []
    private(set) var dateKeys: [Int32] = []
    /// Position in `EventCategory.allCases`.
    private(set) var categories: [UInt8] = []
    private(set) var members = LinkColumn()
    private(set) var groups = LinkColumn()
    private(set) var sources = LinkColumn()

    var count: Int { idWord.count }

    init() {}

    init(_ events: [Event]) {
        reserve(events.count)
        for event in events { append(event) }
    }

    /// Room for `count` events (ids of about `idBytes` bytes in all) without growing.
    mutating func reserve(_ count: Int, idBytes: Int = 0) {
        if idBytes > 0 && ids.count == 0 { ids = WordTable(reserving: count, bytes: idBytes) }
        idWord.reserveCapacity(count); dateKeys.reserveCapacity(count); categories.reserveCapacity(count)
        firstEventOfWord.reserveCapacity(count)
        for column in [\EventColumns.members, \.groups, \.sources] { self[keyPath: column].reserve(count) }
    }

    mutating func append(_ event: Event) {
        var id = event.id
        id.withUTF8 { appendID($0) }
        dateKeys.append(EventColumns.key(event.date))
        categories.append(EventColumns.categoryCode(event.category))
        members.append(event.members)
        groups.append(event.groups)
        sources.append(event.sources.map(\.source))
    }

    /// Adds a row from bytes (the loader's fast path); the lists are appended with `appendLinks`
    /// after. Returns the first event with the same id when the id was taken (one hash look-up
    /// for both the duplicate check and the interning).
    @discardableResult
    mutating func append(id: UnsafeBufferPointer<UInt8>, dateKey: Int32, category: UInt8) -> Int? {
        let taken = appendID(id)
        dateKeys.append(dateKey)
        categories.append(category)
        return taken
    }

    mutating func appendLinks<Words: Collection<UInt32>>(members m: Words, groups g: Words, sources s: Words) {
        members.appendWords(m); groups.appendWords(g); sources.appendWords(s)
    }

    /// The link columns' name tables, filled before rows are added from bytes (the loader interns
    /// every member code, group id and source id of the other files first).
    mutating func setNames(members m: WordTable, groups g: WordTable, sources s: WordTable) {
        members.names = m; groups.names = g; sources.names = s
    }

    @discardableResult
    private mutating func appendID(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let before = ids.count
        let word = ids.intern(bytes)
        let isNew = ids.count > before
        if isNew { firstEventOfWord.append(Int32(idWord.count)) }
        idWord.append(word)
        return isNew ? nil : Int(firstEventOfWord[Int(word)])
    }

    /// Whether an id is taken, and by which event.
    func event(withID bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        ids.find(bytes).map { Int(firstEventOfWord[Int($0)]) }
    }

    func event(withID id: String) -> Int? {
        var id = id
        return id.withUTF8 { event(withID: $0) }
    }

    func id(_ e: Int) -> String { ids.string(idWord[e]) }

    func date(_ e: Int) -> FactDate { EventColumns.date(dateKeys[e]) }

    func category(_ e: Int) -> EventCategory { EventCategory.allCases[Int(categories[e])] }

    static func key(_ date: FactDate) -> Int32 {
        Int32(date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0))
    }

    static func date(_ key: Int32) -> FactDate {
        let k = Int(key), month = k / 100 % 100, day = k % 100
        return FactDate(year: k / 10_000, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
    }

    static func categoryCode(_ category: EventCategory) -> UInt8 {
        UInt8(EventCategory.allCases.firstIndex(of: category)!)
    }
}

/// One list-of-names field of every event (`members`, `groups` or the cited sources), flat:
/// event `e`'s names are `items[bounds[e]..<bounds[e + 1]]`, each an index into `names`.
struct LinkColumn: Sendable {
    var names = WordTable()
    private(set) var bounds: [UInt32] = [0]
    private(set) var items: [UInt32] = []

    mutating func append(_ list: [String]) {
        for name in list {
            var name = name
            items.append(name.withUTF8 { names.intern($0) })
        }
        bounds.append(UInt32(items.count))
    }

    mutating func appendWords<Words: Collection<UInt32>>(_ words: Words) {
        items.append(contentsOf: words)
        bounds.append(UInt32(items.count))
    }

    mutating func reserve(_ events: Int) {
        bounds.reserveCapacity(events + 1)
        items.reserveCapacity(events * 2)
    }

    func words(_ e: Int) -> ArraySlice<UInt32> { items[Int(bounds[e])..<Int(bounds[e + 1])] }

    func strings(_ e: Int) -> [String] { words(e).map(names.string) }

    /// The index of a name, if any event could name it.
    func word(_ name: String) -> UInt32? {
        var name = name
        return name.withUTF8 { names.find($0) }
    }
}
