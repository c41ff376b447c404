import CoalitionStore

extension Shell {
    /// The detail overlay: arrows select a link, Enter follows it (the record shown so far goes on
    /// the history), Esc/Backspace walk the history back and finally close the detail.
    /// A click on a link follows it. Returns nil for actions the detail leaves to browsing (search,
    /// copy, help, focus changes, clicks outside it).
    static func detail(_ state: AppState, _ action: Action, context: PaneContext) -> AppState? {
        guard let current = state.detail.current else { return nil }
        var next = state
        let content = DetailContent(current, context: context)
        let links = content.links
        let last = max(0, links.count - 1)
        let page = max(1, layout(state, context: context).body.height - 3)
        func moveLink(_ delta: Int) {
            if links.isEmpty { next.detail.scroll = max(0, state.detail.scroll + delta) }
            else { next.detail.selectedLink = min(max(0, state.detail.selectedLink + delta), last) }
        }
        func follow(_ link: Int) {
            guard links.indices.contains(link) else { return }
            next.detail.history.append(current)
            next.detail.current = links[link]
            next.detail.selectedLink = 0
            next.detail.scroll = 0
        }
        switch action {
        case .move(.up): moveLink(-1)
        case .move(.down): moveLink(1)
        case .move(.left), .move(.right): break
        case .wheel(let up, _, _): moveLink(up ? -3 : 3)
        case .pageUp:
            next.detail.scroll = max(0, state.detail.scroll - page)
            if !links.isEmpty { moveLink(-page / 2) }
        case .pageDown:
            next.detail.scroll = state.detail.scroll + page
            if !links.isEmpty { moveLink(page / 2) }
        case .home: next.detail.selectedLink = 0; next.detail.scroll = 0
        case .end: next.detail.selectedLink = last; next.detail.scroll = Int.max / 2
        case .open: follow(state.detail.selectedLink)
        case .click(let x, let y):
            let body = layout(state, context: context).body
            guard body.contains(x: x, y: y) else { return nil }
            if let link = DetailView.link(atX: x, y: y, content: content, state: state.detail, in: body, context: context) {
                follow(link)
            }
        case .back:
            if let previous = next.detail.history.popLast() {
                next.detail.current = previous
                next.detail.selectedLink = 0
                next.detail.scroll = 0
            } else {
                next.detail = DetailState()
            }
        case .filterCategory, .previousYear, .nextYear, .cycleHighlight: break
        default: return nil
        }
        return next
    }
}
