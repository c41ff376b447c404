import CoalitionStore
import TerminalUI

/// PLACEHOLDER: the shell's reducer. Pure: the next state from the current one and an action.
public func reduce(_ state: AppState, _ action: Action, store: Store) -> AppState {
    var next = state
    next.effects = []
    if action == .quit { next.quit = true }
    return next
}
