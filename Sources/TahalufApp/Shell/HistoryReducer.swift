extension Shell {
    /// Records the current place before a jump, so Back can return to it.
    static func leave(_ state: AppState) -> AppState {
        var next = state
        next.history.leave(Place(state))
        return next
    }

    /// Backspace / `<`: the previous place. With none, Backspace closes the reader, an open
    /// detail view or the map's count view (the way it always has) or says there is nothing behind.
    static func back(_ state: AppState, context: PaneContext) -> AppState {
        var next = state
        if let place = next.history.goBack(from: Place(state)) { return place.restore(into: next) }
        if state.reader != nil {
            next.reader = nil
        } else if state.detail.current != nil {
            next.detail = DetailState()
        } else if state.focus == .map, state.map.frequency != nil {
            next.map.frequency = nil
        } else {
            next.notice = NavigationStrings.for(context.language).nothingBehind
        }
        return next
    }

    /// `>`: the place Back left.
    static func forward(_ state: AppState, context: PaneContext) -> AppState {
        var next = state
        if let place = next.history.goForward(from: Place(state)) { return place.restore(into: next) }
        next.notice = NavigationStrings.for(context.language).nothingAhead
        return next
    }
}
