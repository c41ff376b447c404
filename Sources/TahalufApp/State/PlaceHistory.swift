/// Where the user was: the focused pane, every pane's selection and scroll (the map's view,
/// table sort and open count view too), the filters in force (the Sources pane's kind among them), the
/// open detail view with its selected link and scroll, and the article
/// reader when it was open (an overlay like the detail: a record reached from a passage goes
/// back to the reader at that passage). Going back to a place puts all of it back.
package struct Place: Sendable, Hashable {
    package var focus: PaneID
    package var timeline: TimelineState
    package var map: MapState
    package var groups: GroupsState
    package var stats: StatsState
    package var sources: SourcesState
    /// Restored with `timeline`, which holds the positions these filters leave, so the two agree.
    package var filters: Filters
    package var detail: DetailState
    package var reader: ReaderState?

    package init(_ state: AppState) {
        focus = state.focus
        timeline = state.timeline; map = state.map; groups = state.groups; stats = state.stats
        sources = state.sources
        filters = state.filters
        detail = state.detail
        reader = state.reader
    }

    /// `state` showing this place again (language, search results and the rest stay as they are).
    func restore(into state: AppState) -> AppState {
        var next = state
        next.focus = focus
        next.timeline = timeline; next.map = map; next.groups = groups; next.stats = stats
        next.sources = sources
        next.filters = filters
        next.detail = detail
        next.reader = reader
        return next
    }
}

/// The places behind and ahead, as in a web browser: a jump (a search result, a followed link)
/// records where it left, Back returns and keeps where it was for Forward; a new jump after
/// going back forgets the places ahead.
package struct PlaceHistory: Sendable, Hashable {
    package private(set) var back: [Place] = []
    package private(set) var forward: [Place] = []
    /// Enough for a long session; the oldest places go first.
    static let limit = 200

    package init() {}

    mutating func leave(_ place: Place) {
        back.append(place)
        if back.count > Self.limit { back.removeFirst(back.count - Self.limit) }
        forward = []
    }

    /// The place to show for Back, leaving `current` ahead; nil when there is none.
    mutating func goBack(from current: Place) -> Place? {
        guard let place = back.popLast() else { return nil }
        forward.append(current)
        return place
    }

    /// The place to show for Forward, leaving `current` behind; nil when there is none.
    mutating func goForward(from current: Place) -> Place? {
        guard let place = forward.popLast() else { return nil }
        back.append(current)
        return place
    }
}
