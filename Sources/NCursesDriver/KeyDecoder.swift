import CNCursesW
import TerminalUI

/// Turns what `wget_wch` returns into `Key`s: characters (UTF-8 decoded by ncurses, so Arabic
/// arrives as one scalar) and keypad codes.
///
/// ```swift
/// KeyDecoder.character(0x0645)   // .char("م")
/// KeyDecoder.character(127)      // .backspace
/// KeyDecoder.keyCode(Int32(KEY_BTAB))  // .backTab
/// ```
enum KeyDecoder {
    /// A plain character (`wget_wch` returned OK).
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(code), code >= 0x20, !(0x80...0x9F).contains(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// What the character that arrived right after an Esc makes of it. Terminals send Alt plus a
    /// printable character as Esc then the character (Alt-B is `ESC b`); `ESC [` and `ESC O` begin
    /// the escape sequences of keys (CSI, SS3), which ncurses decodes when terminfo names them, so
    /// one that reaches here is a key this terminal's terminfo does not know, not Alt-[ or Alt-O.
    enum AfterEscape: Equatable {
        case alt(Key)
        /// CSI or SS3: the rest of the sequence is to be read and dropped.
        case sequence(introducer: Character)
        /// Not printable (another control key): Esc stands alone.
        case none
    }

    static func afterEscape(_ code: UInt32) -> AfterEscape {
        guard case .char(let c)? = character(code) else { return .none }
        return c == "[" || c == "O" ? .sequence(introducer: c) : .alt(.alt(c))
    }

    /// Whether `code` ends a CSI sequence (its final byte, `@` to `~`); parameter and
    /// intermediate bytes come before it.
    static func endsControlSequence(_ code: UInt32) -> Bool { (0x40...0x7E).contains(code) }

    /// Keys that terminfo knows only by extended names (xterm's modifier encoding, `\e[1;3D`
    /// for Alt-Left): ncurses gives each a code of its own, different per terminal.
    static let extendedNames: [(name: String, key: Key)] = [("kLFT3", .altLeft), ("kRIT3", .altRight)]

    /// The codes of `extendedNames` on this terminal, from `codeOf` (0: the terminal has none).
    static func extendedKeys(_ codeOf: (String) -> Int32) -> [Int32: Key] {
        var keys: [Int32: Key] = [:]
        for (name, key) in extendedNames {
            let code = codeOf(name)
            if code > 0 { keys[code] = key }
        }
        return keys
    }

    /// A keypad code (`wget_wch` returned KEY_CODE_YES). Resize and mouse are handled apart;
    /// `extended` are the codes `extendedKeys` found.
    static func keyCode(_ code: Int32, extended: [Int32: Key] = [:]) -> Key? {
        if let key = extended[code] { return key }
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        default:
            let f0 = tah_key_f(0)
            if code > f0, code <= f0 + 24 { return .function(Int(code - f0)) }
            return nil
        }
    }
}
