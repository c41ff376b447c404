import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// Runs actions or key presses through `reduce` (and `Keymap`), as the run loop would.
enum TestDriver {
    static func run(_ state: AppState, _ actions: [Action], store: Store = Fixture.store) -> AppState {
        actions.reduce(state) { reduce($0, $1, store: store) }
    }

    /// Each key through the keymap first; keys the keymap ignores do nothing.
    static func press(_ state: AppState, _ keys: [Key], store: Store = Fixture.store) -> AppState {
        keys.reduce(state) { s, key in
            Keymap.action(for: .key(key), state: s).map { reduce(s, $0, store: store) } ?? s
        }
    }

    static func typing(_ text: String) -> [Action] { text.map { .searchInput($0) } }
}
