import CoalitionStore

extension Shell {
    /// Typing in the search line: each key re-runs `Store.search`; arrows pick a result; Enter
    /// (or a click on a result) jumps to it and keeps the results for `n` / `N`; Esc cancels.
    static func searchEditing(_ state: AppState, _ action: Action, context: PaneContext) -> AppState {
        var next = state
        let last = max(0, state.search.hits.count - 1)
        switch action {
        case .searchInput(let c):
            next.search.query.append(c)
            next.search.hits = context.store.search(next.search.query)
            next.search.selected = 0
        case .searchErase:
            if !next.search.query.isEmpty { next.search.query.removeLast() }
            next.search.hits = context.store.search(next.search.query)
            next.search.selected = 0
        case .move(.up), .wheel(up: true, _, _): next.search.selected = max(0, state.search.selected - 1)
        case .move(.down), .wheel(up: false, _, _): next.search.selected = min(last, state.search.selected + 1)
        case .pageUp: next.search.selected = max(0, state.search.selected - 10)
        case .pageDown: next.search.selected = min(last, state.search.selected + 10)
        case .home: next.search.selected = 0
        case .end: next.search.selected = last
        case .open:
            next.search.isEditing = false
            guard state.search.hits.indices.contains(state.search.selected) else {
                if !state.search.query.isEmpty { next.notice = context.strings.noResults }
                return next
            }
            return jump(next, to: state.search.hits[state.search.selected].ref, context: context)
        case .click(let x, let y):
            let body = layout(state, context: context).body
            guard let index = SearchOverlay.hit(atX: x, y: y, search: state.search, body: body,
                                                direction: context.direction) else { return next }
            next.search.selected = index
            next.search.isEditing = false
            return jump(next, to: state.search.hits[index].ref, context: context)
        case .close: next.search = SearchState()
        default: break
        }
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
        return jump(next, to: state.search.hits[target].ref, context: context)
    }
}
