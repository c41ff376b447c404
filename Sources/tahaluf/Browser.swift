import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoalitionStore
import NCursesDriver
import TahalufApp
import TerminalUI

/// The full-screen browser once its options are known: `tahaluf browse …` builds one from the
/// command line; `tahaluf` alone, the usual start, uses the defaults without parsing anything.
///
/// ArgumentParser reflects over every option of every command at start-up (about 4 ms, most of
/// it scanning the binary's protocol conformances), which is a fifth of the time to the first
/// frame; a bare `tahaluf` has nothing to parse. The end-to-end `DefaultStartTests` keeps the
/// two ways in step (the same styled screen with and without the parser).
///
/// ```swift
/// try Browser(config: AppConfig(), theme: .dark, dataDirectory: nil).run()
/// Browser.runWithDefaults()   // exits with the status `tahaluf browse` would
/// ```
struct Browser {
    static let defaultTheme = ThemeVariant.dark

    /// Kiosk mode included (`config.kiosk`).
    var config: AppConfig
    var theme: ThemeVariant
    /// `--data`; nil for the bundled data set.
    var dataDirectory: String?
    /// `--articles`: the user's copies of the seed articles, looked in before the bundled ones.
    var articlesDirectory: String? = nil
    /// False with `--no-bookmark-file`: bookmarks last for the session only.
    var bookmarkFile = true
    /// False with `--no-hyperlinks` (or `TAHALUF_NO_HYPERLINKS=1`): URLs are not sent as OSC 8 links.
    /// A kiosk never sends them (`NCursesTerminal.Options.hyperlinks`).
    var hyperlinks = true

    /// What `--articles` must name.
    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// `tahaluf` with no arguments: the browser with every default, exiting as ArgumentParser
    /// would after `Browse.run` (0, or the `ExitStatus` thrown).
    static func runWithDefaults() -> Never {
        do {
            try Browser(config: AppConfig(), theme: defaultTheme, dataDirectory: nil).run()
            exit(0)
        } catch let status as ExitCode {
            exit(status.rawValue)
        } catch {
            printError("tahaluf: \(error)")
            exit(ExitStatus.internalError.rawValue)
        }
    }

    func run() throws {
        let utf8 = TerminalEnvironment.adoptUserLocale()
        var config = config
        config.lowBandwidth = config.lowBandwidth || TerminalEnvironment.variable("TAHALUF_LOW_BANDWIDTH") == "1"
        var notice: String?
        if !utf8 && !config.ascii {
            config.ascii = true
            notice = "The locale is not UTF-8: ASCII mode (set LANG=C.UTF-8 for Arabic)."
            printError("tahaluf: \(notice!)")
        }
        // Everything that can fail for a reason outside the terminal fails here, on a normal screen.
        let store = try DataOptions.loadStore(from: dataDirectory, articles: articlesDirectory)
        let terminal: NCursesTerminal
        do {
            try TerminalEnvironment.checkCanDriveTerminal()
            terminal = try NCursesTerminal(options: .init(theme: theme, mouse: config.mouse, kiosk: config.kiosk != nil,
                                                          asciiOnly: !utf8,
                                                          appReordersText: config.text.bidi == .app,
                                                          hyperlinks: hyperlinks
                                                              && TerminalEnvironment.variable("TAHALUF_NO_HYPERLINKS") != "1"))
        } catch {
            printError(String(describing: error))
            throw ExitStatus.terminalUnavailable
        }
        var initial = AppState(config: config)
        let bookmarks = bookmarkFile ? Self.loadBookmarks(into: &initial) : nil
        initial.notice = notice ?? initial.notice
        runApp(initial: initial, store: store, terminal: terminal, bookmarks: bookmarks)
        terminal.shutdown()
    }

    /// The saved bookmarks into `state`, and the file to save them to. A kiosk neither reads nor
    /// writes one; a damaged file is set aside (`BookmarkFile.load`) and said so in the status bar.
    /// Without a file (`--no-bookmark-file`, no HOME) bookmarks still work for the session.
    static func loadBookmarks(into state: inout AppState) -> BookmarkFile? {
        guard state.config.kiosk == nil else { return nil }
        let strings = NavigationStrings.for(state.config.ascii ? .en : state.config.language)
        var environment: [String: String] = [:]
        for name in ["XDG_STATE_HOME", "HOME"] { environment[name] = TerminalEnvironment.variable(name) }
        guard let file = BookmarkFile.standard(environment: environment) else {
            state.notice = strings.bookmarksUnusable + "HOME"
            return nil
        }
        do throws(BookmarkFile.Failure) {
            switch try file.load() {
            case .marks(let marks): state.bookmarks = BookmarksState(marks: marks, saving: true)
            case .setAside(let aside):
                state.bookmarks = BookmarksState(saving: true)
                state.notice = strings.bookmarksSetAside + String(aside.split(separator: "/").last ?? "")
            }
            return file
        } catch {
            state.notice = strings.bookmarksUnusable + error.message
            return nil
        }
    }
}
