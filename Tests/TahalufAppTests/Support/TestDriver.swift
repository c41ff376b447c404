import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// Runs actions or key presses through `reduce` (and `Keymap`), as the run loop would.
enum TestDriver {
    static func run(_ state: AppState, _ actions: [Action], store: Store = Fixture.store) -> AppState {
        running(state, actions, store: store).state
    }

    /// Each key through the keymap first; keys the keymap ignores do nothing.
    static func press(_ state: AppState, _ keys: [Key], store: Store = Fixture.store) -> AppState {
        pressing(state, keys, store: store).state
    }

    /// The state after the actions and every effect they asked for, in order: what the run loop
    /// carries out (each effect once: a state does not carry its effects on to the next action).
    static func running(_ state: AppState, _ actions: [Action], store: Store = Fixture.store)
        -> (state: AppState, effects: [Effect]) {
        actions.reduce((state, [])) { done, action in
            let (next, effects) = reduce(done.state, action, store: store)
            return (next, done.effects + effects)
        }
    }

    /// As `running`, each key through the keymap first; keys the keymap ignores do nothing.
    static func pressing(_ state: AppState, _ keys: [Key], store: Store = Fixture.store)
        -> (state: AppState, effects: [Effect]) {
        keys.reduce((state, [])) { done, key in
            guard let action = Keymap.action(for: .key(key), state: done.state) else { return done }
            let (next, effects) = reduce(done.state, action, store: store)
            return (next, done.effects + effects)
        }
    }

    static func typing(_ text: String) -> [Action] { text.map { .searchInput($0) } }
}
