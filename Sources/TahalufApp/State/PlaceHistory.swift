/// Where the user was: the focused pane, every pane's selection and scroll, and the open detail
/// view with its selected link and scroll. Going back to a place puts all of it back.
public struct Place: Sendable, Hashable {
    public var focus: PaneID
    public var timeline: TimelineState
    public var map: MapState
    public var groups: GroupsState
    public var stats: StatsState
    public var detail: DetailState

    public init(_ state: AppState) {
        focus = state.focus
        timeline = state.timeline; map = state.map; groups = state.groups; stats = state.stats
        detail = state.detail
    }

    /// `state` showing this place again (language, search results and the rest stay as they are).
    func restore(into state: AppState) -> AppState {
        var next = state
        next.focus = focus
        next.timeline = timeline; next.map = map; next.groups = groups; next.stats = stats
        next.detail = detail
        return next
    }
}

/// The places behind and ahead, as in a web browser: a jump (a search result, a followed link)
/// records where it left, Back returns and keeps where it was for Forward; a new jump after
/// going back forgets the places ahead.
public struct PlaceHistory: Sendable, Hashable {
    public private(set) var back: [Place] = []
    public private(set) var forward: [Place] = []
    /// Enough for a long session; the oldest places go first.
    static let limit = 200

    public init() {}

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
