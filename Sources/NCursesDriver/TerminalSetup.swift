#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesW
import SharedValues

/// Why the full-screen UI cannot start; each message says what to do instead.
package enum TerminalSetupError: Error, CustomStringConvertible, Equatable {
    case notATerminal
    case terminalTypeNotSet
    case unknownTerminal(String)
    case noTerminfoDatabase
    case cannotAddressCursor(String)
    case cannotStart(String)

    package var description: String {
        let instead = "For plain text, use `tahaluf dump` (see `tahaluf dump --help`)."
        // TERM comes from the user's environment (over SSH, from the client): never printed raw.
        func shown(_ name: String) -> String { VisibleText.escaped(name) }
        switch self {
        case .notATerminal:
            return "tahaluf: standard input and output must be a terminal for the full-screen browser. \(instead)"
        case .terminalTypeNotSet:
            return "tahaluf: TERM is not set, so the terminal's type is unknown (set it, e.g. TERM=xterm-256color). \(instead)"
        case .unknownTerminal(let name):
            return "tahaluf: the terminal type '\(shown(name))' is not in the terminfo database (set TERM, e.g. TERM=xterm-256color). \(instead)"
        case .noTerminfoDatabase:
            return "tahaluf: no terminfo database was found (install ncurses-base). \(instead)"
        case .cannotAddressCursor(let name):
            return "tahaluf: the terminal type '\(shown(name))' cannot move the cursor, so the full-screen browser cannot run on it. \(instead)"
        case .cannotStart(let name):
            return "tahaluf: ncurses could not set up the terminal '\(shown(name))'. \(instead)"
        }
    }
}

/// Locale and terminal checks that must happen before curses starts.
package enum TerminalEnvironment {
    /// Applies the user's locale (LANG/LC_ALL) to the C library, which ncursesw needs to read and
    /// write UTF-8, and tells whether its character set is UTF-8. Call first, once.
    @discardableResult
    package static func adoptUserLocale() -> Bool {
        setlocale(LC_ALL, "")
        return tah_locale_is_utf8() != 0
    }

    /// The value of an environment variable, if set and not empty.
    package static func variable(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let string = String(cString: value)
        return string.isEmpty ? nil : string
    }

    /// The width of the terminal standard output goes to, or nil when it is not a terminal.
    package static func outputWidth() -> Int? {
        guard isatty(1) != 0 else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Throws when the full-screen UI cannot run here: not a tty, unknown TERM, or a terminal
    /// that cannot address the cursor (TERM=dumb, hard-copy).
    package static func checkCanDriveTerminal() throws {
        guard isatty(0) != 0, isatty(1) != 0 else { throw TerminalSetupError.notATerminal }
        guard let name = variable("TERM") else { throw TerminalSetupError.terminalTypeNotSet }
        switch tah_check_terminal(nil, 1) {
        case 0: return
        case 1: throw TerminalSetupError.unknownTerminal(name)
        case 2: throw TerminalSetupError.noTerminfoDatabase
        default: throw TerminalSetupError.cannotAddressCursor(name)
        }
    }
}
