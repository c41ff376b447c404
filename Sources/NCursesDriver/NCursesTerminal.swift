import CNCursesW
import TerminalUI

/// PLACEHOLDER: the ncurses driver is built in the shell work.
public enum NCursesProbe {
    public static func isUTF8Locale() -> Bool {
        setlocale(LC_ALL, "")
        return tah_locale_is_utf8() != 0
    }
}
