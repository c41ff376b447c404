import TerminalUI

/// PLACEHOLDER: turns terminal input into actions; nil means "ignore".
public enum Keymap {
    public static func action(for event: InputEvent, state: AppState) -> Action? {
        switch event {
        case .key(.char("q")): return .quit
        case .resize(let size): return .resize(size)
        case .idle: return .idle
        default: return nil
        }
    }
}
