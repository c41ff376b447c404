import CoalitionStore
import RTLText
import TerminalUI

/// Everything the screen shows is a function of this value and the store.
/// `reduce(state, action, store)` makes the next state (and returns the effects beside it); `render(state, store, size)` the frame.
package struct AppState: Sendable, Hashable {
    package var config: AppConfig
    package var focus: PaneID = .timeline
    package var timeline = TimelineState()
    package var map = MapState()
    package var groups = GroupsState()
    package var stats = StatsState()
    package var sources = SourcesState()
    /// The facets every pane applies (`Filters`); the timeline keeps its filtered positions in
    /// `timeline.filter`, rebuilt when these change (`Shell.setFilters`).
    package var filters = Filters()
    /// The open detail view, with the way back.
    package var detail = DetailState()
    /// The record last opened with Enter: what the grid's detail strip shows in low-bandwidth
    /// mode, where it does not follow the selection.
    package var lastOpened: RecordRef?
    package var search = SearchState()
    /// The article reader, over everything else but help; nil when closed.
    package var reader: ReaderState?
    /// The places left by jumps, for Back and Forward.
    package var history = PlaceHistory()
    package var bookmarks = BookmarksState()
    package var showHelp = false
    /// A one-line notice in the status bar ("copied", "no more results").
    package var notice: String?
    /// The last size the UI was laid out for.
    package var size = Size(width: 80, height: 24)
    package var quit = false
    /// First visible line of the help overlay.
    package var helpScroll = 0
    /// Kiosk: idle ticks (about one second each, from the run loop) since the last input.
    package var idleTicks = 0
    /// Kiosk: the attract loop is running (panes and facts cycle until a key is pressed).
    package var attract = false

    /// The configuration the program started with: keys change `config` (`L` the language), and
    /// the kiosk's idle reset goes back to this one, so the next visitor finds the kiosk as it started.
    package let startConfig: AppConfig

    package init(config: AppConfig = AppConfig()) {
        self.config = config
        self.startConfig = config
    }
}

/// Work for the run loop that is not drawing: `reduce` returns it next to the state (never in
/// it), and the run loop carries it out once.
package enum Effect: Sendable, Hashable {
    case copyToClipboard(String)
    case fullRedraw
    /// Ctrl-Z: restore the terminal, stop the process, set up again on resume.
    case suspend
    /// The bookmarks changed: write them to the bookmarks file (`BookmarkFile.save`).
    case saveBookmarks([RecordRef])
}

/// The detail view: the record shown, where it is scrolled and which link is selected. The
/// records visited before it are places in `AppState.history`.
package struct DetailState: Sendable, Hashable {
    package var current: RecordRef?
    /// Which link in the detail is selected (Enter follows it); nil until Down or Enter picks one,
    /// so a record opens at its top.
    package var selectedLink: Int?
    package var scroll = 0
    package init() {}
}

/// The incremental search: typed query, results from `Store.search`, which one is current,
/// and the line editor's cursor and history (`Shell/SearchLine.swift`).
package struct SearchState: Sendable, Hashable {
    package var isEditing = false
    package var query = ""
    /// The cursor in the search line, in characters from the start of `query`.
    package var cursor = 0
    package var hits: [SearchHit] = []
    /// The query waits for the search index of a large data set, being built in the background;
    /// the next idle tick searches again (`Shell.retryWhenIndexed`).
    package var waitingForIndex = false
    package var selected = 0
    /// Queries gone to in this session, oldest first; ↑ / ↓ recall them.
    package var history: [String] = []
    /// Which history entry the line shows; nil while typing a new query.
    package var historyPosition: Int?
    /// What was typed before ↑ went into the history.
    package var draft = ""
    package init() {}

    /// A fresh search that keeps the session's history.
    package func cleared() -> SearchState {
        var fresh = SearchState()
        fresh.history = history
        return fresh
    }
}
