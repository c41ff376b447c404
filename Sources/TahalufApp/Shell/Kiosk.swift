import CoalitionStore

/// Public-terminal behaviour (`--kiosk`). The run loop sends `.idle` about once a second when no
/// input came; the state counts those ticks (no clocks, so the reducer stays pure). After
/// `idleSeconds` ticks the screen returns home (timeline, no overlays, fresh selections) and an
/// attract loop starts: every `attractPeriod` ticks the next pane takes focus and its selection
/// moves on one fact, until a key is pressed.
enum Kiosk {
    static let attractPeriod = 4

    static func tick(_ state: AppState, store: Store) -> AppState {
        guard let kiosk = state.config.kiosk else { return state }
        var next = state
        next.idleTicks += 1
        if !next.attract {
            if next.idleTicks >= kiosk.idleSeconds {
                next = home(next)
                next.attract = true
            }
            return next
        }
        let since = next.idleTicks - kiosk.idleSeconds
        guard since > 0, since % attractPeriod == 0 else { return next }
        return advance(next, store: store)
    }

    /// The home view a new visitor should find: a fresh state from the configuration the kiosk
    /// started with (language, digits, theme), so nothing a visitor set (language, search, filters,
    /// help, detail, scroll, selections) reaches the next one.
    static func home(_ state: AppState) -> AppState {
        var next = AppState(config: state.startConfig)
        next.size = state.size
        next.idleTicks = state.idleTicks
        return next
    }

    /// One attract step: focus the next pane and move its selection on (back to its start at the end).
    static func advance(_ state: AppState, store: Store) -> AppState {
        let context = PaneContext(store: store, state: state)
        var next = state
        next.focus = PaneRegistry.pane(after: state.focus)
        let rect = Shell.paneRect(next.focus, next, context: context)
        let before = PaneDispatch.selection(next.focus, app: next, context: context)
        next = PaneDispatch.reduce(next.focus, app: next, action: .move(.down), context: context, rect: rect)
        if PaneDispatch.selection(next.focus, app: next, context: context) == before {
            next = PaneDispatch.reduce(next.focus, app: next, action: .home, context: context, rect: rect)
        }
        return next
    }
}
