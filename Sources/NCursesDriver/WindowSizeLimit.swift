#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TerminalUI

/// The largest screen tahaluf lays out and draws. An SSH client sets the server-side pty size, so
/// an untrusted user can ask for 10000x10000: ncurses would allocate several gigabytes for its
/// screens (and crash inside `doupdate` at 46000x46000). A larger window gets the top-left
/// `maximum` cells and a notice; nothing above the cap is ever allocated, at start or on resize.
///
/// How the cap is kept: ncurses reads `LINES`/`COLUMNS` from the environment in preference to the
/// window size, so while curses runs they carry the capped size (`publishCappedSize`); and tahaluf
/// installs its own SIGWINCH handler before `newterm` (ncurses then installs none), so every later
/// resize goes through `resizeterm` with a capped size (`NCursesTerminal.fitToWindow`).
///
/// ```swift
/// WindowSizeLimit.capped(Size(width: 10_000, height: 10_000))   // 500x200
/// ```
package enum WindowSizeLimit {
    /// 100,000 cells: wider and taller than a 4K monitor's terminal at a small font, and about
    /// 10 MB of ncurses screens at the most.
    package static let maximum = Size(width: 500, height: 200)

    package static func capped(_ size: Size) -> Size {
        Size(width: min(max(0, size.width), maximum.width), height: min(max(0, size.height), maximum.height))
    }

    package static func exceeds(_ size: Size) -> Bool {
        size.width > maximum.width || size.height > maximum.height
    }

    /// The window size the kernel has for `fd`'s terminal (nil when it is not a terminal).
    static func windowSize(fd: Int32) -> Size? {
        var ws = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &ws) == 0 else { return nil }
        return Size(width: Int(ws.ws_col), height: Int(ws.ws_row))
    }

    /// Tells ncurses the size to use through `LINES` and `COLUMNS`: the window's size, capped.
    ///
    /// ncurses reads the window size again whenever it re-enters curses mode after `endwin` (the
    /// start-up round trip, Ctrl-Z, SIGCONT), and the environment wins over the window there, so
    /// the variables carry the capped size for as long as curses runs. Returns the size set.
    @discardableResult
    static func publishCappedSize(fd: Int32) -> Size? {
        guard let window = windowSize(fd: fd) else { return nil }
        let size = capped(window)
        setenv("LINES", String(size.height), 1)
        setenv("COLUMNS", String(size.width), 1)
        return size
    }

    /// The user's `LINES`/`COLUMNS`, to put back when curses ends.
    static func savedEnvironment() -> [String: String?] {
        ["LINES": getenv("LINES").map { String(cString: $0) }, "COLUMNS": getenv("COLUMNS").map { String(cString: $0) }]
    }

    static func restoreEnvironment(_ saved: [String: String?]) {
        for (name, value) in saved {
            if let value { setenv(name, value, 1) } else { unsetenv(name) }
        }
    }
}
