import CoalitionStore

extension Shell {
    /// Typing in the search line: each edit re-runs `Store.search`; Tab / Ctrl-N and Shift-Tab /
    /// Ctrl-P pick a result; Enter (or a click on a result) goes to it and keeps the results for
    /// `n` / `N`; Esc cancels. The line holds at most `Store.maximumQueryLength` characters: a
    /// longer paste is cut there with a notice, so a keypress costs the same at any length.
    static func searchEditing(_ state: AppState, _ action: Action, context: PaneContext) -> AppState {
        var next = state
        let last = max(0, state.search.hits.count - 1)
        switch action {
        case .searchInput(let c):
            guard next.search.insert(c, limit: Store.maximumQueryLength) else {
                next.notice = SearchStrings.for(context.language).lineFull(Store.maximumQueryLength)
                return next
            }
            return rerun(next, context: context)
        case .searchErase:
            next.search.eraseBackward()
            return rerun(next, context: context)
        case .searchLine(let edit):
            let before = next.search.query
            next.search.apply(edit, forwardIsRight: context.direction == .ltr)
            return next.search.query == before ? next : rerun(next, context: context)
        case .move(.up), .wheel(up: true, _, _): next.search.selected = max(0, state.search.selected - 1)
        case .move(.down), .wheel(up: false, _, _): next.search.selected = min(last, state.search.selected + 1)
        case .pageUp: next.search.selected = max(0, state.search.selected - 10)
        case .pageDown: next.search.selected = min(last, state.search.selected + 10)
        case .open:
            next.search.isEditing = false
            next.search.remember()
            guard state.search.hits.indices.contains(state.search.selected) else {
                if !state.search.query.isEmpty { next.notice = context.strings.noResults }
                return next
            }
            return go(next, to: state.search.selected, context: context)
        case .click(let x, let y):
            let body = layout(state, context: context).body
            guard let index = SearchOverlay.hit(atX: x, y: y, search: state.search, body: body,
                                                direction: context.direction) else { return next }
            next.search.selected = index
            next.search.isEditing = false
            next.search.remember()
            return go(next, to: index, context: context)
        case .close: next.search = state.search.cleared()
        default: break
        }
        return next
    }

    /// Searches again for the line as it is now; the first result becomes the selected one.
    private static func rerun(_ state: AppState, context: PaneContext) -> AppState {
        var next = state
        let hits = context.store.searchIfReady(next.search.query)
        next.search.hits = hits ?? []
        next.search.waitingForIndex = hits == nil && !next.search.query.isEmpty
        next.search.selected = 0
        return next
    }

    /// On an idle tick: the search that waited for the index of a large data set runs now, if
    /// the index is ready.
    static func retryWhenIndexed(_ state: AppState, store: Store) -> AppState {
        guard state.search.waitingForIndex, let hits = store.searchIfReady(state.search.query) else { return state }
        var next = state
        next.search.hits = hits
        next.search.waitingForIndex = false
        next.search.selected = 0
        return next
    }

    /// Goes to result `index` in its pane (a source in the Sources pane), as a jump the history
    /// of places records; the status bar says which result of how many.
    private static func go(_ state: AppState, to index: Int, context: PaneContext) -> AppState {
        var next = jump(state, to: state.search.hits[index].ref, context: context)
        next.notice = SearchStrings.for(context.language).resultPosition(index + 1, state.search.hits.count)
        return next
    }

    /// `n` / `N`: the next or previous result, in its pane. Stops at the ends with a notice.
    static func step(_ state: AppState, by delta: Int, context: PaneContext) -> AppState {
        var next = state
        guard !state.search.hits.isEmpty else {
            next.notice = context.strings.noResults
            return next
        }
        let target = state.search.selected + delta
        guard state.search.hits.indices.contains(target) else {
            next.notice = context.strings.noMoreResults
            return next
        }
        next.search.selected = target
        return go(next, to: target, context: context)
    }
}
