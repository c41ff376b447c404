import Testing
@testable import CoalitionStore

/// The timeline's order: by date (a less precise date before the dates it contains), then by id
/// in byte order, whatever the ids' common prefixes (the sort compares their first eight bytes
/// as one number first).
@Suite struct TimelineOrderTests {
    @Test func sameDayEventsSortByIdBytes() {
        let ids = ["event-aaaa-2", "event-aaaa-10", "event-aaaa-1", "ev", "event-a", "event-aaaa", "Z-upper", "event-aaab"]
        func event(_ id: String, _ date: String) -> Event {
            Event(id: id, date: FactDate(iso: date)!, category: .military, title: Localized(ar: "ع", en: "t"),
                  summary: Localized(ar: "ع", en: "s"), sources: [])
        }
        let events = ids.map { event($0, "2016-05-01") } + [event("zz-first", "2016-05"), event("a-later", "2016-05-02")]
        let store = Store(dataset: Dataset(events: events.reversed()))
        let sameDay = ids.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(store.eventsByDate.map(\.id) == ["zz-first"] + sameDay + ["a-later"])
        #expect(sameDay.first == "Z-upper" && sameDay[1] == "ev")
    }
}
