import ArgumentParser
import TahalufApp
import TerminalUI

/// `tahaluf [browse]`: the full-screen browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the full-screen browser (the default command).",
        discussion: """
            Keys: Tab/Shift-Tab or 1-5 switch panes (5: the sources, each with every record citing it), \
            arrows or hjkl move, Enter opens, Esc closes, Backspace or Alt-Left goes back, / searches, \
            b bookmarks, ' lists the bookmarks, ? lists every key, L switches language, q quits from the panes.

            r opens the article a record quotes, at the quote: Space/b page, g/G ends, Tab/Shift-Tab \
            go between quoted passages, Enter lists the records quoting one, / finds text, Esc closes. \
            The fact sheet (004, public domain) is bundled; for the press articles (000-003) the \
            reader shows the quoted passages, or the full text from --articles DIR.

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

    @Flag(name: .customLong("no-hyperlinks"),
          help: "Do not make URLs clickable (OSC 8 hyperlinks, sent where the terminal takes them; never in a kiosk). Also TAHALUF_NO_HYPERLINKS=1.")
    var noHyperlinks = false

    @Option(help: ArgumentHelp("""
        A directory with your own copies of the seed articles, read in full by the article reader \
        (r). Each file is named as in sources.json, e.g. 000_895db97fb6067cf4.txt, UTF-8 text.
        """, valueName: "dir"))
    var articles: String?

    @Flag(name: .customLong("no-bookmark-file"),
          help: "Keep bookmarks for this session only: do not read or write $XDG_STATE_HOME/tahaluf/bookmarks (for an account many people share).")
    var noBookmarkFile = false

    @Flag(help: "Public-terminal mode: no quit key, Ctrl-C/Ctrl-Z ignored, no clipboard, idle attract loop.")
    var kiosk = false

    @Option(help: ArgumentHelp("Kiosk: seconds without input before returning home.", valueName: "seconds"))
    var idle: Int = 120

    @Option(name: .customLong("exit-key"),
            help: ArgumentHelp("Kiosk: a key that exits (off by default): F1 to F24 or ctrl-LETTER (ctrl-x, c-x, ^X), one the browser does not use.", valueName: "key"))
    var exitKey: String?

    func validate() throws {
        guard idle > 0 else { throw ValidationError("--idle must be a positive number of seconds.") }
        if exitKey != nil && !kiosk { throw ValidationError("--exit-key only applies with --kiosk.") }
        if let articles, !Browser.isDirectory(articles) {
            throw ValidationError("--articles \(articles): not a directory (a folder of article texts named as in sources.json).")
        }
        if let exitKey, let problem = KioskExitKey.problem(with: exitKey) { throw ValidationError(problem) }
    }

    func run() throws {
        var config = display.config(mouse: !noMouse,
                                    kiosk: kiosk ? KioskConfig(idleSeconds: idle, exitKey: exitKey) : nil)
        config.lowBandwidth = lowBandwidth
        try Browser(config: config, theme: theme, dataDirectory: dataOptions.data, articlesDirectory: articles,
                    bookmarkFile: !noBookmarkFile, hyperlinks: !noHyperlinks).run()
    }
}
