import CoalitionStore

extension Shell {
    /// The detail overlay, read like a page with links in it: Down and Up move to the next or
    /// previous link, scrolling past text with no links; past the first or last link they scroll
    /// the text above or below. PgUp/PgDn, Home/End and the wheel scroll without a link selected.
    /// Enter follows the selected link (selecting the first one in view if none is), leaving the
    /// place (record, selected link, scroll) on the history for Back; Esc closes. In a source's
    /// detail the links are the records that cite it, and Enter goes to the record in its pane
    /// (`Shell.jump`), the way a search result does.
    /// A click on a link follows it. Returns nil for actions the detail leaves to browsing
    /// (search, copy, help, focus changes, clicks outside it).
    static func detail(_ state: AppState, _ action: Action, context: PaneContext) -> AppState? {
        guard let current = state.detail.current else { return nil }
        let body = layout(state, context: context).body
        let content = DetailContent(current, context: context)
        let links = content.links
        let area = DetailView.textArea(body, context.direction)
        let lines = DetailView.lines(content, width: DetailView.textWidth(area), context: context,
                                     selectedLink: state.detail.selectedLink)
        let visible = max(1, area.height)
        let maxScroll = max(0, lines.count - visible)
        let top = DetailView.scrollTop(lines, state: state.detail, visible: visible)
        var detail = state.detail
        detail.scroll = top
        var departure: Place?

        func firstLinkInView() -> Int? {
            lines[min(top, lines.count)...].first { $0.link != nil }?.link
        }
        func scroll(by delta: Int) {
            detail.selectedLink = nil
            detail.scroll = min(max(0, top + delta), maxScroll)
        }
        func follow(_ link: Int) -> AppState? {
            guard links.indices.contains(link) else { return nil }
            var leaving = state
            leaving.detail = detail
            leaving.detail.selectedLink = link
            if current.kind == .source { return jump(leaving, to: links[link], context: context) }
            departure = Place(leaving)
            detail.current = links[link]
            detail.selectedLink = nil
            detail.scroll = 0
            return nil
        }

        switch action {
        case .move(.down):
            if let selected = detail.selectedLink {
                // Past the last link Down scrolls on; at the bottom it keeps the last link lit
                // (clearing it there would only make the next Down light it again).
                if selected + 1 < links.count { detail.selectedLink = selected + 1 } else if top < maxScroll { scroll(by: 1) }
            } else if let link = firstLinkInView() {
                detail.selectedLink = link
            } else {
                scroll(by: 1)
            }
        case .move(.up):
            if let selected = detail.selectedLink, selected > 0 { detail.selectedLink = selected - 1 } else { scroll(by: -1) }
        case .move(.left), .move(.right): break
        case .wheel(let up, _, _): scroll(by: up ? -3 : 3)
        case .pageUp: scroll(by: -max(1, visible - 1))
        case .pageDown: scroll(by: max(1, visible - 1))
        case .home: scroll(by: -lines.count)
        case .end: scroll(by: lines.count)
        case .open:
            if let selected = detail.selectedLink {
                if let jumped = follow(selected) { return jumped }
            } else { detail.selectedLink = firstLinkInView() ?? links.indices.first }
        case .click(let x, let y):
            guard body.contains(x: x, y: y) else { return nil }
            if let link = DetailView.link(atX: x, y: y, content: content, state: state.detail, in: body, context: context) {
                if let jumped = follow(link) { return jumped }
            }
        case .close: detail = DetailState()
        case .filterCategory, .previousCategory, .previousYear, .nextYear, .cycleHighlight, .cycleSourceKind,
             .toggleTable, .nextSort, .reverseSort, .frequency, .chooseRow: break
        default: return nil
        }
        var next = state
        if let departure { next.history.leave(departure) }
        next.detail = detail
        // Keep the stored scroll where the frame will show it, so the next key starts from there.
        if detail.current == current, detail.selectedLink != nil {
            let relit = DetailView.lines(content, width: DetailView.textWidth(area), context: context,
                                         selectedLink: detail.selectedLink)
            next.detail.scroll = DetailView.scrollTop(relit, state: detail, visible: visible)
        }
        return next
    }
}
