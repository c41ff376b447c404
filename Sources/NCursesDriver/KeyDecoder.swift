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

    /// The character after an Esc that arrived with it: a printable one makes an Alt key.
    static func alt(_ code: UInt32) -> Key? {
        guard case .char(let c)? = character(code) else { return nil }
        return .alt(c)
    }

    /// A keypad code (`wget_wch` returned KEY_CODE_YES). Resize and mouse are handled apart.
    static func keyCode(_ code: Int32) -> Key? {
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
