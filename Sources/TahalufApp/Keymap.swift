import TerminalUI

/// Turns terminal input into actions; nil means "ignore".
///
/// Arrow keys are visual (Left is left on screen in both languages). While the search line is
/// open, printable keys are text; otherwise letters typed on an Arabic layout act as the Latin
/// key at the same place (ض is q). In kiosk mode the keys that leave or copy (q, Ctrl-C, Ctrl-Z,
/// y) do nothing, unless one is the configured exit key.
///
/// ```swift
/// Keymap.action(for: .key(.char("?")), state: AppState())   // .toggleHelp
/// Keymap.action(for: .key(.tab), state: AppState())         // .nextPane
/// ```
public enum Keymap {
    public static func action(for event: InputEvent, state: AppState) -> Action? {
        switch event {
        case .resize(let size): return .resize(size)
        case .idle: return .idle
        case .mouse(let mouse): return state.config.mouse ? self.mouse(mouse) : nil
        case .key(let key):
            if let kiosk = state.config.kiosk {
                if let exit = kiosk.exitKey, KioskExitKey.matches(key, exit) { return .quit }
                switch key {
                case .char("q"), .ctrl("c"), .ctrl("z"), .char("y"): return nil
                default: break
                }
            }
            if state.search.isEditing { return searchKey(key) }
            // The frequency view is a menu: its rows are numbered 1-9.
            if state.focus == .map, state.map.frequency != nil, state.detail.current == nil, !state.showHelp,
               case .char(let c) = key, let n = c.wholeNumberValue, (1...9).contains(n) {
                return .chooseRow(n)
            }
            if case .char(let c) = key, let latin = ArabicKeyboard.latin(for: c) {
                return action(for: .key(.char(latin)), state: state)
            }
            return browseKey(key)
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

    static func searchKey(_ key: Key) -> Action? {
        switch key {
        case .char(let c): return .searchInput(c)
        case .backspace, .delete: return .searchErase
        case .enter: return .open
        case .escape: return .back
        case .up: return .move(.up)
        case .down: return .move(.down)
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .ctrl("c"): return .quit
        case .ctrl("l"): return .redraw
        default: return nil
        }
    }

    static func browseKey(_ key: Key) -> Action? {
        switch key {
        case .tab: return .nextPane
        case .backTab: return .previousPane
        case .up, .char("k"): return .move(.up)
        case .down, .char("j"): return .move(.down)
        case .left, .char("h"): return .move(.left)
        case .right, .char("l"): return .move(.right)
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .home, .char("g"): return .home
        case .end, .char("G"): return .end
        case .enter: return .open
        case .escape, .backspace: return .back
        case .char("/"): return .startSearch
        case .char("n"): return .searchNext
        case .char("N"): return .searchPrevious
        case .char("?"): return .toggleHelp
        case .char("q"), .ctrl("c"): return .quit
        case .ctrl("z"): return .suspend
        case .ctrl("l"): return .redraw
        case .char("f"): return .filterCategory
        case .char("F"): return .previousCategory
        case .char("t"): return .toggleTable
        case .char("s"): return .nextSort
        case .char("S"): return .reverseSort
        case .char("c"): return .frequency
        case .char("x"): return .clearFilters
        case .char("["): return .previousYear
        case .char("]"): return .nextYear
        case .char("m"): return .cycleHighlight
        case .char("y"): return .copyCitation
        case .char("L"): return .toggleLanguage
        case .char(let c) where ("1"..."4").contains(c):
            return PaneID(rawValue: Int(String(c))! - 1).map { .focus($0) }
        default: return nil
        }
    }
}

/// The kiosk's `--exit-key`: a character ("x"), a control key ("ctrl-x", "^X"), a function key
/// ("F12") or "esc".
enum KioskExitKey {
    static func matches(_ key: Key, _ spec: String) -> Bool {
        let lower = spec.lowercased()
        if spec.count == 1, let c = spec.first { return key == .char(c) }
        if lower == "esc" || lower == "escape" { return key == .escape }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let c = rest.first { return key == .ctrl(c) }
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()) { return key == .function(n) }
        return false
    }
}
