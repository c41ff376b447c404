import CoalitionStore

extension Shell {
    /// `b`: marks the selected record (or the one the detail shows), or unmarks it.
    static func toggleBookmark(_ state: AppState, context: PaneContext) -> AppState {
        var next = state
        guard state.config.kiosk == nil else { return next }
        guard let ref = state.detail.current ?? PaneDispatch.selection(state.focus, app: state, context: context) else {
            next.notice = context.strings.nothingSelected
            return next
        }
        let n = NavigationStrings.for(context.language)
        let title = BookmarksOverlay.title(ref, context: context)
        if let index = state.bookmarks.marks.firstIndex(of: ref) {
            next.bookmarks.marks.remove(at: index)
            next.notice = n.unmarked + title
        } else {
            next.bookmarks.marks.append(ref)
            next.notice = n.marked + title
        }
        return next
    }

    /// `'`: the list of marks.
    static func showBookmarks(_ state: AppState, context: PaneContext) -> AppState {
        var next = state
        guard state.config.kiosk == nil else { return next }
        guard !state.bookmarks.marks.isEmpty else {
            next.notice = NavigationStrings.for(context.language).noBookmarks
            return next
        }
        next.bookmarks.isListing = true
        next.bookmarks.selected = min(state.bookmarks.selected, state.bookmarks.marks.count - 1)
        return next
    }

    /// The list: arrows pick, Enter (or a click on it) jumps to the mark (a place on the history),
    /// `d` deletes it, Esc or `q` (or a click outside) closes.
    static func bookmarkList(_ state: AppState, _ action: Action, context: PaneContext) -> AppState {
        var next = state
        let marks = state.bookmarks.marks
        let last = max(0, marks.count - 1)
        let selected = min(state.bookmarks.selected, last)
        switch action {
        case .move(.up), .wheel(up: true, _, _): next.bookmarks.selected = max(0, selected - 1)
        case .move(.down), .wheel(up: false, _, _): next.bookmarks.selected = min(last, selected + 1)
        case .pageUp: next.bookmarks.selected = max(0, selected - 10)
        case .pageDown: next.bookmarks.selected = min(last, selected + 10)
        case .home: next.bookmarks.selected = 0
        case .end: next.bookmarks.selected = last
        case .open:
            next.bookmarks.isListing = false
            guard marks.indices.contains(selected) else { return next }
            return jump(next, to: marks[selected], context: context)
        case .deleteBookmark:
            guard marks.indices.contains(selected) else { return next }
            next.bookmarks.marks.remove(at: selected)
            next.bookmarks.selected = min(selected, max(0, next.bookmarks.marks.count - 1))
            if next.bookmarks.marks.isEmpty { next.bookmarks.isListing = false }
            return next
        case .click(let x, let y):
            next.bookmarks.isListing = false
            let body = layout(state, context: context).body
            guard let index = BookmarksOverlay.mark(atX: x, y: y, bookmarks: state.bookmarks, body: body,
                                                    direction: context.direction) else { return next }
            next.bookmarks.selected = index
            return jump(next, to: marks[index], context: context)
        case .close, .showBookmarks, .back: next.bookmarks.isListing = false
        default: break
        }
        return next
    }
}
