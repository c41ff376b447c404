import TerminalUI

/// Turns terminal input into actions; nil means "ignore".
///
/// Keys get their meaning from `KeyBindings.table`, in the scopes of the current mode. Arrow keys
/// are visual (Left is left on screen in both languages). While a search line is open (the
/// shell's or the reader's), printable keys are text; otherwise letters typed on an Arabic layout
/// act as the Latin key at the same place (ض is q). In kiosk mode the bindings marked not for a kiosk (q, Ctrl-C, Ctrl-Z,
/// y) do nothing, unless one is the configured exit key.
///
/// ```swift
/// Keymap.action(for: .key(.char("?")), state: AppState())   // .toggleHelp
/// Keymap.action(for: .key(.tab), state: AppState())         // .nextPane
/// ```
package enum Keymap {
    package static func action(for event: InputEvent, state: AppState) -> Action? {
        switch event {
        case .resize(let size): return .resize(size)
        case .idle: return .idle
        case .mouse(let mouse): return state.config.mouse ? self.mouse(mouse) : nil
        case .key(let key):
            if let exit = state.config.kiosk?.exitKey, KioskExitKey.matches(key, exit) { return .quit }
            if state.search.isEditing, case .char(let c) = key { return .searchInput(c) }
            if state.reader?.search.isEditing == true, case .char(let c) = key {
                return .reader(.searchInput(c))
            }
            if let action = KeyBindings.action(for: key, state: state) { return action }
            if case .char(let c) = key, let latin = ArabicKeyboard.latin(for: c) {
                return KeyBindings.action(for: .char(latin), state: state)
            }
            return nil
        }
    }

    static func mouse(_ m: MouseEvent) -> Action? {
        switch (m.button, m.kind) {
        case (.left, .click), (.left, .press), (.left, .doubleClick): return .click(x: m.x, y: m.y)
        case (.wheelUp, _): return .wheel(up: true, x: m.x, y: m.y)
        case (.wheelDown, _): return .wheel(up: false, x: m.x, y: m.y)
        default: return nil
        }
    }
}
