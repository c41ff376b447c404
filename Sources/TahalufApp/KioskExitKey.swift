import SharedValues
import TerminalUI

/// The kiosk's `--exit-key`: a function key ("F10") or a control key ("ctrl-x", "c-x", "^X") that
/// the browser does not already use.
///
/// Validated once at start (`problem(with:)`), so a typo never leaves a kiosk without the way out
/// its operator meant to configure. Refused: anything that is not one of the forms above, printable
/// characters (a visitor types them into the search line), Esc (the Back key, and the first byte
/// of every Alt-key, which terminals send as Esc then the key), control keys that arrive as Tab,
/// Enter or Backspace, and every key `Keymap.browseKey` or `Keymap.searchKey` binds.
package enum KioskExitKey {
    /// The accepted forms, for messages.
    package static let acceptedForms = "F1 to F24 (e.g. F10), or ctrl-LETTER (ctrl-x, c-x or ^X) for a letter the browser does not use"

    /// The key `spec` names, whether or not it is allowed as an exit key; nil when it names none.
    static func key(for spec: String) -> Key? {
        let lower = spec.lowercased()
        if spec.count == 1, let c = spec.first { return .char(c) }
        if lower == "esc" || lower == "escape" { return .escape }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let c = rest.first, c.isASCII, c.isLetter { return .ctrl(c) }
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) { return .function(n) }
        return nil
    }

    /// Why `spec` cannot be the exit key (a sentence for the command line), or nil when it can.
    package static func problem(with spec: String) -> String? {
        guard let key = key(for: spec) else {
            return "--exit-key \"\(VisibleText.escaped(spec))\" names no key; use \(acceptedForms)."
        }
        let reason: String?
        switch key {
        case .escape: reason = "Esc is the Back key, and terminals send every Alt-key as Esc then the key"
        case .char: reason = "a character is typed into the search line"
        case .ctrl("h"), .ctrl("i"), .ctrl("j"), .ctrl("m"):
            reason = "the terminal sends it as Backspace, Tab or Enter"
        default:
            // Any scope: a key the browser gives a meaning anywhere (`KeyBindings.table`) is taken.
            let used = KeyBindings.table.contains { $0.presses.contains { $0.key == key } }
            reason = used ? "the browser already uses it" : nil
        }
        return reason.map { "--exit-key \"\(VisibleText.escaped(spec))\" cannot be used: \($0); use \(acceptedForms)." }
    }

    static func matches(_ key: Key, _ spec: String) -> Bool {
        self.key(for: spec) == key
    }
}
