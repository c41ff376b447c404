import CoalitionStore
import RTLText
import TerminalUI

/// Everything the screen shows is a function of this value and the store.
/// `reduce(state, action, store)` makes the next state (and returns the effects beside it); `render(state, store, size)` the frame.
public struct AppState: Sendable, Hashable {
    public var config: AppConfig
    public var focus: PaneID = .timeline
    public var timeline = TimelineState()
    public var map = MapState()
    public var groups = GroupsState()
    public var stats = StatsState()
    public var sources = SourcesState()
    /// The facets every pane applies (`Filters`); the timeline keeps its filtered positions in
    /// `timeline.filter`, rebuilt when these change (`Shell.setFilters`).
    public var filters = Filters()
    /// The open detail view, with the way back.
    public var detail = DetailState()
    /// The record last opened with Enter: what the grid's detail strip shows in low-bandwidth
    /// mode, where it does not follow the selection.
    public var lastOpened: RecordRef?
    public var search = SearchState()
    /// The article reader, over everything else but help; nil when closed.
    public var reader: ReaderState?
    /// The places left by jumps, for Back and Forward.
    public var history = PlaceHistory()
    public var bookmarks = BookmarksState()
    public var showHelp = false
    /// A one-line notice in the status bar ("copied", "no more results").
    public var notice: String?
    /// The last size the UI was laid out for.
    public var size = Size(width: 80, height: 24)
    public var quit = false
    /// First visible line of the help overlay.
    public var helpScroll = 0
    /// Kiosk: idle ticks (about one second each, from the run loop) since the last input.
    public var idleTicks = 0
    /// Kiosk: the attract loop is running (panes and facts cycle until a key is pressed).
    public var attract = false

    /// The configuration the program started with: keys change `config` (`L` the language), and
    /// the kiosk's idle reset goes back to this one, so the next visitor finds the kiosk as it started.
    public let startConfig: AppConfig

    public init(config: AppConfig = AppConfig()) {
        self.config = config
        self.startConfig = config
    }
}

/// Work for the run loop that is not drawing: `reduce` returns it next to the state (never in
/// it), and the run loop carries it out once.
public enum Effect: Sendable, Hashable {
    case copyToClipboard(String)
    case fullRedraw
    /// Ctrl-Z: restore the terminal, stop the process, set up again on resume.
    case suspend
    /// The bookmarks changed: write them to the bookmarks file (`BookmarkFile.save`).
    case saveBookmarks([RecordRef])
}

/// The detail view: the record shown, where it is scrolled and which link is selected. The
/// records visited before it are places in `AppState.history`.
public struct DetailState: Sendable, Hashable {
    public var current: RecordRef?
    /// Which link in the detail is selected (Enter follows it); nil until Down or Enter picks one,
    /// so a record opens at its top.
    public var selectedLink: Int?
    public var scroll = 0
    public init() {}
}

/// The incremental search: typed query, results from `Store.search`, which one is current,
/// and the line editor's cursor and history (`Shell/SearchLine.swift`).
public struct SearchState: Sendable, Hashable {
    public var isEditing = false
    public var query = ""
    /// The cursor in the search line, in characters from the start of `query`.
    public var cursor = 0
    public var hits: [SearchHit] = []
    public var selected = 0
    /// Queries gone to in this session, oldest first; ↑ / ↓ recall them.
    public var history: [String] = []
    /// Which history entry the line shows; nil while typing a new query.
    public var historyPosition: Int?
    /// What was typed before ↑ went into the history.
    public var draft = ""
    public init() {}

    /// A fresh search that keeps the session's history.
    public func cleared() -> SearchState {
        var fresh = SearchState()
        fresh.history = history
        return fresh
    }
}
