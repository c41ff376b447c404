import ArgumentParser
import TahalufApp
import TerminalUI

/// `tahaluf [browse]`: the full-screen browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the full-screen browser (the default command).",
        discussion: """
            Keys: Tab/Shift-Tab or 1-4 switch panes, arrows or hjkl move, Enter opens, Esc closes, \
            Backspace or Alt-Left goes back, / searches, b bookmarks, ' lists the bookmarks, \
            ? lists every key, L switches language, q quits from the panes.

            Bookmarks are kept in $XDG_STATE_HOME/tahaluf/bookmarks (~/.local/state/tahaluf/bookmarks).

            The terminal is put back on every exit: q, Ctrl-C, a dropped SSH link, SIGTERM. \
            Ctrl-Z suspends; `fg` resumes.
            """)

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: "Colours: dark, light or high-contrast (NO_COLOR set: monochrome).")
    var theme: ThemeVariant = Browser.defaultTheme

    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse (keeps the terminal's own text selection).")
    var noMouse = false

    @Flag(name: .customLong("low-bandwidth"),
          help: "For slow links: a cursor move rewrites a few cells (selection marked in a gutter, detail strip updated on Enter). Also TAHALUF_LOW_BANDWIDTH=1.")
    var lowBandwidth = false

    @Flag(name: .customLong("no-bookmark-file"),
          help: "Keep bookmarks for this session only: do not read or write $XDG_STATE_HOME/tahaluf/bookmarks (for an account many people share).")
    var noBookmarkFile = false

    @Flag(help: "Public-terminal mode: no quit key, Ctrl-C/Ctrl-Z ignored, no clipboard, idle attract loop.")
    var kiosk = false

    @Option(help: ArgumentHelp("Kiosk: seconds without input before returning home.", valueName: "seconds"))
    var idle: Int = 120

    @Option(name: .customLong("exit-key"),
            help: ArgumentHelp("Kiosk: a key that exits (off by default), e.g. F10 or ctrl-x.", valueName: "key"))
    var exitKey: String?

    func validate() throws {
        guard idle > 0 else { throw ValidationError("--idle must be a positive number of seconds.") }
        if exitKey != nil && !kiosk { throw ValidationError("--exit-key only applies with --kiosk.") }
    }

    func run() throws {
        var config = display.config(mouse: !noMouse,
                                    kiosk: kiosk ? KioskConfig(idleSeconds: idle, exitKey: exitKey) : nil)
        config.lowBandwidth = lowBandwidth
        try Browser(config: config, theme: theme, dataDirectory: dataOptions.data, bookmarkFile: !noBookmarkFile).run()
    }
}
