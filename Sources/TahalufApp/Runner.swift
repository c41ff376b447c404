import CoalitionStore
import TerminalUI

/// How long the loop waits for input before sending `.idle`, so kiosk idle timers and the attract
/// loop run even when nobody touches the keyboard.
package let idleTickMilliseconds = 1000

/// The run loop (Bubble Tea's model/update/view): render the state, present the frame, wait for an
/// event, map it to an action with `Keymap`, `reduce`, carry out the effects, until `state.quit`.
/// It knows nothing of ncurses, so tests run it against `HeadlessTerminal`. `bookmarks` is where
/// `Effect.saveBookmarks` writes (nil: nowhere, as in a kiosk); a failed write becomes a notice.
///
/// ```swift
/// let term = HeadlessTerminal(size: Size(width: 120, height: 40), events: [.key(.down), .key(.char("q"))])
/// let final = runApp(initial: AppState(), store: store, terminal: term)
/// term.lastFrame?.rows   // the screen after the cursor moved down
/// ```
@discardableResult
package func runApp(initial: AppState, store: Store, terminal: any TerminalDevice, bookmarks: BookmarkFile? = nil) -> AppState {
    // A resize asks for no effects.
    var state = noteOversizedWindow(reduce(initial, .resize(terminal.size), store: store).state, terminal)
    var needsFrame = true
    var searchPrepared = false
    var replay: [InputEvent] = []
    while !state.quit {
        if needsFrame { terminal.present(render(state, store: store, size: terminal.size)) }
        let event = replay.isEmpty ? terminal.nextEvent(timeoutMilliseconds: idleTickMilliseconds) : replay.removeFirst()
        if case .idle = event, !searchPrepared {
            // The first quiet second: the terminal has drawn the first frame (its CPU is not
            // shared with the index), and the first search will not wait.
            store.prepareSearchInBackground()
            searchPrepared = true
        }
        var isResize = false
        if case .resize = event { isResize = true }
        guard let action = Keymap.action(for: event, state: state) else {
            // An Alt key nothing binds was Esc and a key typed quickly: replay them as such.
            if case .key(.alt(let c)) = event { replay = [.key(.escape), .key(.char(c))] }
            // A resize the app ignores must still be drawn at the new size.
            needsFrame = isResize
            continue
        }
        var (next, effects) = reduce(state, action, store: store)
        if isResize { next = noteOversizedWindow(next, terminal) }
        if let problem = perform(effects, on: terminal, bookmarks: bookmarks) {
            next.notice = NavigationStrings.for(PaneContext(store: store, config: next.config).language).bookmarksNotSaved + problem
        }
        // Idle ticks that change nothing cost no render.
        needsFrame = isResize || !effects.isEmpty || next != state
        state = next
    }
    return state
}

/// A window over the size limit is drawn in its top-left corner; the status bar says why.
private func noteOversizedWindow(_ state: AppState, _ terminal: any TerminalDevice) -> AppState {
    guard terminal.isOversized else { return state }
    var next = state
    next.notice = TerminalStrings.for(state.config.ascii ? .en : state.config.language).windowOversized(terminal.size)
    return next
}

/// Carries out what the reducer asked of the terminal and the bookmarks file; returns why the
/// bookmarks could not be saved, if they could not.
private func perform(_ effects: [Effect], on terminal: any TerminalDevice, bookmarks: BookmarkFile?) -> String? {
    var problem: String?
    for effect in effects {
        switch effect {
        case .copyToClipboard(let text): terminal.copyToClipboard(text)
        case .fullRedraw: terminal.invalidate()
        case .suspend: terminal.suspend()
        case .saveBookmarks(let marks):
            do throws(BookmarkFile.Failure) { try bookmarks?.save(marks) } catch { problem = error.message }
        }
    }
    return problem
}
