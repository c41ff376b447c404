import CoalitionStore
import TerminalUI

/// The shell's reducer: the next state from the current one and an action, and the effects that
/// action asks of the run loop (Bubble Tea's `(Model, Cmd)`). Pure and total.
///
/// The shell owns focus, the overlays (help, search, detail), language, copying and the kiosk
/// timers; everything else goes to the focused pane's own `reduce`. Effects are returned, never
/// stored in `AppState`: a state kept on the history, compared or reduced again carries no
/// clipboard write or redraw with it, so nothing is carried out twice.
///
/// ```swift
/// var state = AppState()
/// state = reduce(state, .focus(.groups), store: store).state
/// state = reduce(state, .open, store: store).state     // the selected group's detail
/// let (copied, effects) = reduce(state, .copyCitation, store: store)
/// effects                                               // [.copyToClipboard("…")]
/// ```
package func reduce(_ state: AppState, _ action: Action, store: Store) -> (state: AppState, effects: [Effect]) {
    var (next, effects) = Shell.handle(state, action, store: store)
    // One rule for saving: whatever changed the marks (b, d in the list), they are written.
    if next.bookmarks.saving, next.bookmarks.marks != state.bookmarks.marks {
        effects.append(.saveBookmarks(next.bookmarks.marks))
    }
    return (next, effects)
}

extension Shell {
    /// `reduce` without the bookmarks rule: the mode that takes the action decides. Only suspend,
    /// redraw and copy ask for effects here.
    static func handle(_ state: AppState, _ action: Action, store: Store) -> (AppState, [Effect]) {
        var next = state
        switch action {
        case .idle: return (Kiosk.tick(retryWhenIndexed(next, store: store), store: store), [])
        case .resize(let size):
            next.size = Size(width: max(0, size.width), height: max(0, size.height))
            if next.reader != nil { next = keepReadingPosition(from: state, in: next, store: store) }
            return (next, [])
        default: break
        }
        // Any input ends the kiosk's idle time; the key that stops the attract loop does only that
        // (except the kiosk's exit key, which always works).
        next.idleTicks = 0
        if next.attract, action != .quit {
            next.attract = false
            return (next, [])
        }
        next.notice = nil
        let context = PaneContext(store: store, state: next)
        switch action {
        case .quit: next.quit = true; return (next, [])
        case .suspend: return (next, next.config.kiosk == nil ? [.suspend] : [])
        case .redraw: return (next, [.fullRedraw])
        case .toggleLanguage: return (toggleLanguage(next), [])
        default: break
        }
        if next.showHelp { return (help(next, action, context: context), []) }
        if next.reader != nil { return (reader(next, action, context: context), []) }
        if next.search.isEditing { return (searchEditing(next, action, context: context), []) }
        if next.bookmarks.isListing { return (bookmarkList(next, action, context: context), []) }
        if action == .openReader {
            guard let ref = next.detail.current ?? PaneDispatch.selection(next.focus, app: next, context: context) else {
                next.notice = context.strings.nothingSelected
                return (next, [])
            }
            return (openReader(for: ref, next, context: context), [])
        }
        if next.detail.current != nil, let handled = detail(next, action, context: context) { return (handled, []) }
        if action == .copyCitation { return copy(next, context: context) }
        return (browse(next, action, context: context), [])
    }
}

/// The shell's parts of the reducer, one mode each.
enum Shell {
    /// The layout `render` uses for this state, for hit-testing and pane sizes.
    static func layout(_ state: AppState, context: PaneContext) -> ShellLayout {
        ShellLayout(size: state.size, direction: context.direction, focus: state.focus)
    }

    /// Where the focused pane's inside is (empty when not shown).
    static func paneRect(_ pane: PaneID, _ state: AppState, context: PaneContext) -> Rect {
        layout(state, context: context).inner(pane) ?? Rect(x: 0, y: 0, width: 0, height: 0)
    }

    static func toggleLanguage(_ state: AppState) -> AppState {
        var next = state
        next.config.language = state.config.language == .ar ? .en : .ar
        let shown = next.config.ascii ? Language.en : next.config.language
        next.notice = next.config.ascii ? Strings.en.asciiEnglishOnly : Strings.for(shown).languageNotice
        return next
    }

    static func help(_ state: AppState, _ action: Action, context: PaneContext) -> AppState {
        var next = state
        let lines = HelpOverlay.lines(state.config, context: context)
        let rows = HelpOverlay.visibleRows(in: layout(state, context: context).body, lines: lines, context: context)
        let most = max(0, lines.count - rows)
        switch action {
        case .toggleHelp, .close, .back, .open, .click: next.showHelp = false; next.helpScroll = 0
        case .move(.up), .wheel(up: true, _, _): next.helpScroll = max(0, state.helpScroll - 1)
        case .move(.down), .wheel(up: false, _, _): next.helpScroll = min(most, state.helpScroll + 1)
        case .pageUp: next.helpScroll = max(0, state.helpScroll - max(1, rows - 1))
        case .pageDown: next.helpScroll = min(most, state.helpScroll + max(1, rows - 1))
        case .home: next.helpScroll = 0
        case .end: next.helpScroll = most
        default: break
        }
        return next
    }

    /// Browsing the panes: no overlay open (or the detail passed the action on).
    static func browse(_ state: AppState, _ action: Action, context: PaneContext) -> AppState {
        if let handled = facets(state, action, context: context) { return handled }
        var next = state
        switch action {
        case .nextPane: return focus(next, PaneRegistry.pane(after: state.focus))
        case .previousPane: return focus(next, PaneRegistry.pane(after: state.focus, steps: -1))
        case .focus(let pane): return focus(next, pane)
        case .toggleHelp: next.showHelp = true; next.helpScroll = 0; return next
        case .startSearch: next.search = next.search.cleared(); next.search.isEditing = true; return next
        case .searchNext: return step(next, by: 1, context: context)
        case .searchPrevious: return step(next, by: -1, context: context)
        case .toggleBookmark: return toggleBookmark(next, context: context)
        case .showBookmarks: return showBookmarks(next, context: context)
        case .open:
            guard let ref = PaneDispatch.selection(state.focus, app: state, context: context) else {
                next.notice = context.strings.nothingSelected
                return next
            }
            next.detail = DetailState()
            next.detail.current = ref
            next.lastOpened = ref
            return next
        case .close:
            // Esc with nothing open forgets the last search (and its `n` hint).
            next.search = next.search.cleared()
            return next
        case .back: return back(next, context: context)
        case .forward: return forward(next, context: context)
        case .click(let x, let y): return click(next, x: x, y: y, context: context)
        case .wheel(_, let x, let y):
            let pane = layout(state, context: context).pane(atX: x, y: y) ?? state.focus
            return PaneDispatch.reduce(pane, app: next, action: action, context: context,
                                       rect: paneRect(pane, next, context: context))
        case .previousYear, .nextYear: return owned(next, by: .timeline, action, context: context)
        case .cycleHighlight: return owned(next, by: .map, action, context: context)
        default:
            return PaneDispatch.reduce(state.focus, app: next, action: action, context: context,
                                       rect: paneRect(state.focus, state, context: context))
        }
    }

    /// Keys that belong to one pane (`f [ ]` the timeline, `m` the map) act on it wherever the
    /// focus is; on a narrow terminal, where only the focused pane shows, that pane takes the focus.
    static func owned(_ state: AppState, by pane: PaneID, _ action: Action, context: PaneContext) -> AppState {
        var next = state
        if layout(state, context: context).panes[pane] == nil { next = focus(next, pane) }
        return PaneDispatch.reduce(pane, app: next, action: action, context: context,
                                   rect: paneRect(pane, next, context: context))
    }

    static func focus(_ state: AppState, _ pane: PaneID) -> AppState {
        var next = state
        next.focus = pane
        next.detail = DetailState()
        return next
    }

    /// A click on a tab focuses its pane; a click in a pane focuses it and passes the click on.
    static func click(_ state: AppState, x: Int, y: Int, context: PaneContext) -> AppState {
        let layout = layout(state, context: context)
        guard layout.mode != .tooSmall else { return state }
        if layout.titleBar.contains(x: x, y: y) {
            return TitleBar.pane(atX: x, state: state, context: context).map { focus(state, $0) } ?? state
        }
        guard let pane = layout.pane(atX: x, y: y) else { return state }
        var next = pane == state.focus ? state : focus(state, pane)
        next.detail = DetailState()
        next = PaneDispatch.reduce(pane, app: next, action: .click(x: x, y: y), context: context,
                                   rect: paneRect(pane, next, context: context))
        return next
    }

    /// `y`: what the selected row shows, with the full citation of its sources, to the clipboard
    /// (`CitationText.row`); in the detail view, the whole record it shows (`CitationText.record`).
    static func copy(_ state: AppState, context: PaneContext) -> (AppState, [Effect]) {
        var next = state
        guard state.config.kiosk == nil else { return (next, []) }
        let text: String
        if let shown = state.detail.current {
            text = CitationText.record(shown, context: context)
        } else if let ref = PaneDispatch.selection(state.focus, app: state, context: context) {
            text = CitationText.row(ref, app: state, context: context)
        } else {
            next.notice = context.strings.nothingSelected
            return (next, [])
        }
        next.notice = context.strings.copied + CitationText.firstLine(text)
        return (next, [.copyToClipboard(text)])
    }

    /// Focuses the pane that shows `ref` and selects it there; when that pane cannot, opens its
    /// detail. The place it leaves goes on the history.
    static func jump(_ state: AppState, to ref: RecordRef, context: PaneContext) -> AppState {
        var next = focus(leave(state), ref.kind.pane)
        var context = context
        if !FacetMatch(state.filters, store: context.store).shows(ref) {
            next = setFilters(next, Filters(), context: context)
            next.notice = TableStrings.for(context.language).jumpClearedFilters
            context.filters = next.filters
        }
        if let selected = PaneDispatch.select(ref, app: next, context: context) {
            next = selected
        } else {
            next.detail.current = ref
        }
        return next
    }
}
