import CoalitionStore

/// The timeline as screen rows: a header row for each year, then that year's events, for the
/// events that pass the category filter.
///
/// Built per frame without a pass over the events: with no filter the year boundaries are found
/// by binary search over the store's date-sorted events; a filter brings its own positions
/// (`TimelineFilter`), so the 100,000-event data set costs a few hundred comparisons per frame.
///
/// ```swift
/// let rows = TimelineRows(store: store, filter: nil)
/// rows.row(0)                  // .year(2014)
/// rows.row(1)                  // .event(0): the first event of 2014
/// rows.displayRow(ofEvent: 0)  // 1
/// ```
struct TimelineRows {
    enum Row: Equatable { case year(Int), event(Int) }

    /// A year and the position (among the shown events) of its first event.
    struct YearStart: Hashable, Sendable {
        var year: Int
        var first: Int
    }

    let store: Store
    /// Positions in `store.eventsByDate` of the events shown; nil means all of them.
    let filtered: [Int]?
    let years: [YearStart]

    init(store: Store, filter: TimelineFilter?) {
        self.store = store
        if let filter {
            // A filter made for another store (a state kept across a data reload) is found again
            // rather than trusted out of range.
            let fits = filter.positions.last.map { $0 < store.eventsByDate.count } ?? true
            let usable = fits ? filter : TimelineFilter(filter.filters, store: store)
            filtered = usable.positions
            years = usable.years
            return
        }
        filtered = nil
        let all = store.eventsByDate
        var years: [YearStart] = []
        var start = 0
        while start < all.count {
            let year = all.date(at: start).year
            years.append(YearStart(year: year, first: start))
            // First position whose year is later than `year`.
            var lo = start + 1, hi = all.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if all.date(at: mid).year > year { hi = mid } else { lo = mid + 1 }
            }
            start = lo
        }
        self.years = years
    }
    /// How many events are shown.
    var count: Int { filtered?.count ?? store.eventsByDate.count }
    var rowCount: Int { count + years.count }

    /// The event at a position among the shown events.
    func event(_ position: Int) -> Event { store.eventsByDate[storeIndex(position)] }

    func storeIndex(_ position: Int) -> Int { filtered?[position] ?? position }

    /// The position among the shown events of a store index, if shown.
    func position(ofStoreIndex index: Int) -> Int? {
        guard let filtered else { return index < store.eventsByDate.count ? index : nil }
        let p = lowerBound(filtered.count) { filtered[$0] < index }
        return p < filtered.count && filtered[p] == index ? p : nil
    }

    /// The shown event nearest at or after a store index (for keeping the place when the filter changes).
    func position(nearStoreIndex index: Int) -> Int {
        guard let filtered else { return min(index, max(0, count - 1)) }
        return min(lowerBound(filtered.count) { filtered[$0] < index }, max(0, count - 1))
    }

    /// Which year group a shown event belongs to.
    func group(ofEvent position: Int) -> Int {
        max(0, lowerBound(years.count) { years[$0].first <= position } - 1)
    }

    /// The screen row of a shown event (year headers included).
    func displayRow(ofEvent position: Int) -> Int { position + group(ofEvent: position) + 1 }

    /// What is on screen row `r`.
    func row(_ r: Int) -> Row {
        // The last group whose header row (first + group index) is at or before r.
        let g = max(0, lowerBound(years.count) { years[$0].first + $0 <= r } - 1)
        let header = years[g].first + g
        return r == header ? .year(years[g].year) : .event(r - g - 1)
    }

    /// The first index in 0..<n for which `before` is false (`before` must be true, then false).
    fileprivate func lowerBound(_ n: Int, _ before: (Int) -> Bool) -> Int {
        var lo = 0, hi = n
        while lo < hi {
            let mid = (lo + hi) / 2
            if before(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// The facets (`Filters`) and where the events they pass are, found once when a filter changes
/// (`f`, a frequency row, `x`), so no frame scans the 100,000 events of the synthetic data set.
package struct TimelineFilter: Sendable, Hashable {
    package let filters: Filters
    /// The category facet (`f` / `F`).
    package var category: EventCategory? { filters.category }
    /// Positions in `store.eventsByDate` of the events the filters pass.
    let positions: [Int]
    let years: [TimelineRows.YearStart]

    init(_ category: EventCategory, store: Store) {
        self.init(Filters(category: category), store: store)
    }

    init(_ filters: Filters, store: Store) {
        self.filters = filters
        let positions = store.eventPositions(matching: FacetMatch(filters, store: store).eventQuery)
        let all = store.eventsByDate
        var years: [TimelineRows.YearStart] = []
        for (shown, i) in positions.enumerated() {
            let year = all.date(at: i).year
            if years.last?.year != year { years.append(TimelineRows.YearStart(year: year, first: shown)) }
        }
        self.positions = positions
        self.years = years
    }
}
